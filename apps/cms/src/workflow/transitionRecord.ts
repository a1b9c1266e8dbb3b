import { canTransition, type TWorkflowAction } from '@itinera/contracts/workflow'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TypedUser,
} from 'payload'
import { REVIEW_EVENTS, type SOURCES, type TRIPS } from '../slugs'
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

    const publishing = verdict.to === 'approved'
    const updated = await payload.update({
      collection,
      id,
      data: publishing ? { reviewState: verdict.to, editedBy: [], _status: 'published', approvedAt: new Date().toISOString() } : { reviewState: verdict.to },
      draft: !publishing,
      depth: 0,
      req,
      overrideAccess: true,
      context,
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
        toState: verdict.to,
        actor: user.id,
        comment: comment?.trim() || null,
      },
      req,
      overrideAccess: true,
    })
    await commitTransaction(req)
    return updated
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
