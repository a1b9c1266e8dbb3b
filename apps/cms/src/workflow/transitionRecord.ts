import { relationId } from '@itinera/contracts/relation-id'
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
import { REVIEW_EVENTS, type TReviewedCollection } from '../slugs'
import { approvalBlockers } from './approvalBlockers'
import type { TWorkflowContext } from './enforceWorkflowOnSave'
import { lockRecord } from './lockRecord'
import { sameVersion } from './recordVersion'
import { staleVersionError } from './staleVersionError'
import { WorkflowError } from './workflowError'

export interface TTransitionArgs {
  collection: TReviewedCollection
  id: number
  action: Exclude<TWorkflowAction, 'edit'>
  user: TypedUser | null
  comment?: string | null
  /**
   * The version the actor looked at (the `updatedAt` they loaded); refused with a 409 when the
   * record changed since. Every API requires it for approve and request_changes (the rule's
   * `versionRequired`); only trusted in-process callers leave it out.
   */
  version?: string
}

/**
 * Carries out one workflow step: checks it against the shared rules (roles, state,
 * four-eyes, comment), that it is taken on the version the actor saw, and for an approval that
 * the record is ready; then changes the state (publishing on approval) and appends the review
 * event in one transaction, holding the record's row lock so no save slips in between.
 */
export async function transitionRecord(
  payload: Payload,
  { collection, id, action, user, comment, version }: TTransitionArgs,
) {
  if (!user) throw new WorkflowError('not_signed_in', 'Sign in to review records.')
  const context: TWorkflowContext = { workflowTransition: action }
  const req = await createLocalReq({ user, context }, payload)
  await initTransaction(req)
  try {
    await lockRecord(req, collection, id)
    const doc = await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
    const editors = (doc.editedBy ?? []).map(relationId)
    const from = doc.reviewState ?? 'draft'
    const verdict = canTransition({
      from,
      action,
      roles: user.roles,
      actorEditedVersion: editors.includes(user.id),
      comment,
    })
    if (!verdict.allowed && verdict.reason !== 'state') throw new WorkflowError(verdict.reason, verdict.message)
    // Before the state: "Ann withdrew it from review at …" says more than "it must be in review".
    if (version !== undefined && !sameVersion(version, doc.updatedAt))
      throw await staleVersionError(req, collection, doc, action)
    if (!verdict.allowed) throw new WorkflowError(verdict.reason, verdict.message)
    if (action === 'approve') {
      const blockers = await approvalBlockers(payload, collection, doc, req)
      if (blockers.length) {
        throw new WorkflowError('not_ready', `Not ready for approval: ${blockers.join('; ')}`)
      }
    }

    const updated = await applyStep(payload, {
      collection,
      id,
      action,
      from,
      to: verdict.to,
      actorId: user.id as number,
      comment,
      req,
    })
    await commitTransaction(req)
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
      data: publishing
        ? { reviewState: to, editedBy: [], _status: 'published', approvedAt: new Date().toISOString() }
        : { reviewState: to },
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
    await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      req,
    })
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
