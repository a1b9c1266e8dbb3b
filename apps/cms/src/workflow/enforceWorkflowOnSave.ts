import { relationId } from '@itinera/contracts/relation-id'
import { canTransition, type TWorkflowAction, type TWorkflowState } from '@itinera/contracts/workflow'
import type { CollectionBeforeChangeHook } from 'payload'
import { WorkflowError } from './workflowError'

// A type, not an interface: Payload's RequestContext needs an index-signature-compatible shape.
export type TWorkflowContext = {
  /** Set only by transitionRecord: a save that carries out a decided workflow step. */
  workflowTransition?: TWorkflowAction
  /** Set only by the seed loader (Local API, never a request): the system writes a draft it then approves. */
  seedDataset?: boolean
  /** Set by Payload's restoreVersion operation: the data is an older version's content. */
  isRestoringVersion?: boolean
}

type TEditors = (number | { id: number })[] | null | undefined

const ids = (editors: TEditors) => (editors ?? []).map(relationId).filter((id): id is number => id != null)

/** States after which a save starts a new review cycle, whose editors are counted afresh. */
const CYCLE_ENDS: readonly TWorkflowState[] = ['approved', 'retracted']

/**
 * Every other save is an edit: allowed to editors on a record that is not under review; it
 * makes (or keeps) a draft, never publishes, and records the editor for the four-eyes rule
 * (`editedBy`, see packages/contracts/src/workflow.ts): a restore also records the authors of the
 * restored content. Applies to the admin, REST, GraphQL and the Local API alike.
 */
export const enforceWorkflowOnSave: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const context = req.context as TWorkflowContext
  if (context.workflowTransition) return data
  if (context.seedDataset) return { ...data, _status: 'draft', reviewState: 'draft', editedBy: [] }
  // A restore carries the restored version's own status; it is made a draft below like any edit.
  if (data._status === 'published' && !context.isRestoringVersion) {
    throw new WorkflowError('role', 'Publishing happens only when a reviewer approves: save a draft and submit it.')
  }
  const from: TWorkflowState = operation === 'create' ? 'draft' : (originalDoc?.reviewState ?? 'draft')
  const verdict = canTransition({ from, action: 'edit', roles: req.user?.roles ?? null, actorEditedVersion: false })
  if (!verdict.allowed) {
    throw new WorkflowError(
      verdict.reason,
      from === 'in_review' ? 'This version is in review: withdraw it before editing.' : verdict.message,
    )
  }
  // The one saving now goes last, so a conflict message can name who saved last (staleVersionError).
  const editor = req.user!.id as number
  const earlier = [
    ...(CYCLE_ENDS.includes(from) ? [] : ids(originalDoc?.editedBy as TEditors)),
    ...(context.isRestoringVersion ? ids(data.editedBy as TEditors) : []),
  ]
  const editors = new Set<number>([...earlier.filter((id) => id !== editor), editor])
  return {
    ...data,
    _status: 'draft',
    reviewState: verdict.to,
    editedBy: [...editors],
    // A copy (duplicate) of an approved record was never approved itself.
    approvedAt: operation === 'create' ? null : (originalDoc?.approvedAt ?? null),
  }
}
