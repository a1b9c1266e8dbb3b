import { canTransition, type TWorkflowAction, type TWorkflowState } from '@itinera/contracts/workflow'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import { REVIEW_EVENTS, type SOURCES, type TRIPS } from '../slugs'
import { revalidateReader } from '../revalidation/revalidateReader'
import { approvalBlockers } from './approvalBlockers'
import type { TWorkflowContext } from './enforceWorkflowOnSave'
import { WorkflowError } from './workflowError'

export type TReviewedCollection = typeof TRIPS | typeof SOURCES

export interface TTransitionArgs {
  collection: TReviewedCollection
  id: number
  action: Exclude<TWorkflowAction, 'edit'>
  user: TypedUser | null
  comment?: string | null
}

/**
 * Carries out one workflow step: checks it against the shared rules (roles, state,
 * four-eyes, comment), and for an approval that the record is ready; then changes the state
 * (publishing on approval) and appends the review event in one transaction.
 */
export async function transitionRecord(payload: Payload, { collection, id, action, user, comment }: TTransitionArgs) {
  if (!user) throw new WorkflowError('not_signed_in', 'Sign in to review records.')
  const context: TWorkflowContext = { workflowTransition: action }
  const req = await createLocalReq({ user, context }, payload)
  await initTransaction(req)
  try {
    const doc = await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
    const editors = (doc.editedBy ?? []).map((editor) => (typeof editor === 'object' ? editor.id : editor))
    const from = doc.reviewState ?? 'draft'
    const verdict = canTransition({
      from,
      action,
      roles: user.roles,
      actorEditedVersion: editors.includes(user.id),
      comment,
    })
    if (!verdict.allowed) throw new WorkflowError(verdict.reason, verdict.message)
    if (action === 'approve') {
      const blockers = await approvalBlockers(payload, collection, doc, req)
      if (blockers.length) {
        throw new WorkflowError('not_ready', `Not ready for approval: ${blockers.join('; ')}`)
      }
    }

    const updated = await applyStep(payload, { collection, id, action, from, to: verdict.to, actorId: user.id as number, comment, req })
    await commitTransaction(req)
    // Only once committed: the reader must not refetch the old version.
    if (verdict.to === 'approved') void revalidateReader(payload, collection, id)
    return updated
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

interface TStep {
  collection: TReviewedCollection
  id: number
  action: Exclude<TWorkflowAction, 'edit'>
  from: TWorkflowState
  to: TWorkflowState
  /** Null for the seed dataset: the system, not a person, vouches for it. */
  actorId: number | null
  comment?: string | null
  req: PayloadRequest
}

/**
 * Changes the state (publishing on approval) and appends the review event naming the exact
 * version, inside the caller's transaction. Callers decide first whether the step is allowed.
 */
export async function applyStep(payload: Payload, { collection, id, action, from, to, actorId, comment, req }: TStep) {
  const context: TWorkflowContext = { workflowTransition: action }
  const publishing = to === 'approved'
  // The Local API merges `context` into the request's: restore it so later saves in the same
  // transaction (the seed's next record) are checked as edits again.
  const callerContext = { ...req.context }
  const updated = await payload
    .update({
    collection,
    id,
    data: publishing ? { reviewState: to, editedBy: [], _status: 'published', approvedAt: new Date().toISOString() } : { reviewState: to },
    draft: !publishing,
    depth: 0,
    req,
    overrideAccess: true,
    context,
  })
    .finally(() => {
      req.context = callerContext
    })
  const [version] = (
    await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0, req })
  ).docs
  await payload.create({
    collection: REVIEW_EVENTS,
    data: {
      collection,
      documentId: id,
      versionId: version ? String(version.id) : null,
      action,
      fromState: from,
      toState: to,
      actor: actorId,
      comment: comment?.trim() || null,
    },
    req,
    overrideAccess: true,
  })
  return updated
}
