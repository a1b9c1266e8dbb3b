import { recordTitle } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { hasRole } from '@itinera/contracts/roles'
import { canTransition, mayDecide, type TWorkflowAction, type TWorkflowState } from '@itinera/contracts/workflow'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import { notifyStep } from '../notifications/notifyStep'
import { COMMENTS, REVIEW_EVENTS, TOMBSTONES, USERS, type TReviewedCollection } from '../slugs'
import { approvalBlockers } from './approvalBlockers'
import { checksForEvent, citationCheckStates } from './citationChecks'
import { versionContentHash } from './contentHash'
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
   * record changed since. Every API requires it for approve, request_changes and retract (the
   * rule's `versionRequired`); only trusted in-process callers leave it out.
   */
  version?: string
  /** Submissions only: the reviewer asked to decide (told of it; shown in the review queue). */
  assignee?: number | null
}

/** Who acted or was asked to, by name (staff cannot read each other's accounts). */
interface TPerson {
  id: number
  name: string
}

/**
 * Carries out one workflow step: checks it against the shared rules (roles, state,
 * four-eyes, comment), that it is taken on the version the actor saw, and for an approval that
 * the record is ready; then changes the state (publishing on approval) and appends the review
 * event in one transaction, holding the record's row lock so no save slips in between.
 */
export async function transitionRecord(
  payload: Payload,
  { collection, id, action, user, comment, version, assignee }: TTransitionArgs,
) {
  if (!user) throw new WorkflowError('not_signed_in', 'Sign in to review records.')
  const context: TWorkflowContext = { workflowTransition: action }
  const req = await createLocalReq({ user, context }, payload)
  await initTransaction(req)
  try {
    await lockRecord(req, collection, id)
    const doc = await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
    const from = doc.reviewState ?? 'draft'
    const verdict = canTransition({
      from,
      action,
      roles: user.roles,
      actorEditedVersion: !mayDecide(user.id as number, editorsOf(doc)),
      comment,
    })
    if (!verdict.allowed && verdict.reason !== 'state') throw new WorkflowError(verdict.reason, verdict.message)
    // Before the state: "Ann withdrew it from review at …" says more than "it must be in review".
    if (version !== undefined && !sameVersion(version, doc.updatedAt))
      throw await staleVersionError(req, collection, doc, action)
    if (!verdict.allowed) throw new WorkflowError(verdict.reason, verdict.message)
    const assigned =
      assignee == null ? null : await assignable(req, action, assignee, [...editorsOf(doc), user.id as number])
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
      actorName: user.name,
      assignee: assigned,
      comment,
      req,
    })
    await notifyStep(payload, req, {
      action,
      actorId: user.id as number,
      actorName: user.name,
      editors: editorsOf(updated),
      assignee: assigned?.id,
      collection,
      documentId: id,
      recordTitle: recordTitle(collection, updated),
      comment,
    })
    await commitTransaction(req)
    return updated
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The reviewer a submission names: one who may review, and did not edit the version (four-eyes). */
async function assignable(
  req: PayloadRequest,
  action: TWorkflowAction,
  assignee: number,
  editors: number[],
): Promise<TPerson> {
  if (action !== 'submit') throw new WorkflowError('assignee', 'Only a submission names a reviewer.')
  const reviewer = await req.payload
    .findByID({ collection: USERS, id: assignee, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!reviewer || !hasRole(reviewer, 'reviewer', 'admin'))
    throw new WorkflowError('assignee', 'Name a reviewer: that person does not review records.')
  if (!mayDecide(reviewer.id, editors))
    throw new WorkflowError(
      'assignee',
      `${reviewer.name} wrote, edited or submitted this version, so they cannot review it (four-eyes rule): name another reviewer.`,
    )
  return { id: reviewer.id, name: reviewer.name }
}

export const editorsOf = (doc: { editedBy?: (number | { id: number })[] | null }) =>
  (doc.editedBy ?? []).map(relationId).filter((id): id is number => id != null)

interface TStep {
  collection: TReviewedCollection
  id: number
  action: Exclude<TWorkflowAction, 'edit'>
  from: TWorkflowState
  to: TWorkflowState
  /** Null for the seed dataset: the system, not a person, vouches for it. */
  actorId: number | null
  actorName?: string | null
  assignee?: TPerson | null
  comment?: string | null
  req: PayloadRequest
}

/** Steps whose actor vouches for the content from then on, like its editors: they may not decide on it. */
const JOINS_EDITORS: readonly TWorkflowAction[] = ['submit', 'request_retraction']

/**
 * What a step writes besides the state. Approving publishes; cancelling a retraction keeps the
 * approved content public (nothing can change it meanwhile: edits are refused until then);
 * retracting unpublishes. The others save a new draft version, the public one untouched.
 */
function stepData(
  { action, to, actorId }: Pick<TStep, 'action' | 'to' | 'actorId'>,
  doc: { editedBy?: (number | { id: number })[] | null },
): { reviewState: TWorkflowState; _status?: 'draft' | 'published'; approvedAt?: string; editedBy?: number[] } {
  if (action === 'approve') return { reviewState: to, _status: 'published', approvedAt: new Date().toISOString() }
  if (action === 'cancel_retraction') return { reviewState: to, _status: 'published' }
  if (action === 'retract') return { reviewState: to, _status: 'draft' }
  if (JOINS_EDITORS.includes(action) && actorId != null)
    return { reviewState: to, editedBy: [...editorsOf(doc).filter((id) => id !== actorId), actorId] }
  return { reviewState: to }
}

/**
 * Changes the state (publishing on approval, unpublishing on retraction) and appends the review
 * event naming the exact version, with the hash of its content and its citations' checks for an
 * approval; a retraction
 * leaves a tombstone that a later approval removes. Inside the caller's transaction; callers
 * decide first whether the step is allowed.
 */
export async function applyStep(
  payload: Payload,
  { collection, id, action, from, to, actorId, actorName, assignee, comment, req }: TStep,
) {
  const context: TWorkflowContext = { workflowTransition: action }
  // The Local API merges `context` into the request's: restore it so later saves in the same
  // transaction (the seed's next record) are checked as edits again.
  const callerContext = { ...req.context }
  const before = await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
  const data = stepData({ action, to, actorId }, before)
  const updated = await payload
    .update({
      collection,
      id,
      data,
      draft: data._status === undefined,
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
  if (action === 'approve')
    await payload.delete({ collection: TOMBSTONES, where: tombstoneOf(collection, id), req, overrideAccess: true })
  if (action === 'retract') await writeTombstone(payload, { collection, id, doc: updated, req })
  const said = comment?.trim() || null
  const event = await payload.create({
    collection: REVIEW_EVENTS,
    data: {
      collection,
      documentId: id,
      versionId: version ? String(version.id) : null,
      action,
      fromState: from,
      toState: to,
      actor: actorId,
      actorName: actorName ?? null,
      recordTitle: recordTitle(collection, updated),
      assignee: assignee?.id ?? null,
      assigneeName: assignee?.name ?? null,
      comment: said,
      contentHash:
        action === 'approve' && version ? await versionContentHash(req, collection, String(version.id)) : null,
      // Who checked which citation against its source: kept with the approval, which nothing can change.
      citationChecks: action === 'approve' ? checksForEvent(await citationCheckStates(req, collection, before)) : null,
    },
    req,
    overrideAccess: true,
  })
  // The reviewer's request opens the conversation on the record, where the editors reply to it.
  if (action === 'request_changes' && said)
    await payload.create({
      collection: COMMENTS,
      data: { collection, documentId: id, body: said, reviewEvent: event.id },
      req,
      overrideAccess: true,
    })
  return updated
}

const tombstoneOf = (collection: TReviewedCollection, id: number) => ({
  collection: { equals: collection },
  recordId: { equals: id },
})

/** What the retracted record's address answers from now on: 410 Gone, with the reason and the date. */
async function writeTombstone(
  payload: Payload,
  { collection, id, doc, req }: { collection: TReviewedCollection; id: number; doc: object; req: PayloadRequest },
) {
  const [request] = (
    await payload.find({
      collection: REVIEW_EVENTS,
      where: {
        collection: { equals: collection },
        documentId: { equals: id },
        action: { equals: 'request_retraction' },
      },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs
  const { slug, title, name } = doc as { slug?: unknown; title?: unknown; name?: unknown }
  await payload.create({
    collection: TOMBSTONES,
    data: {
      collection,
      recordId: id,
      slug: typeof slug === 'string' ? slug : null,
      title: String(title ?? name ?? `${collection} ${id}`),
      reason: request?.comment ?? '',
      retractedAt: new Date().toISOString(),
    },
    req,
    overrideAccess: true,
  })
}
