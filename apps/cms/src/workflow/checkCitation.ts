import { REVIEWED_RECORD } from '@itinera/contracts/domain'
import type { TCitationCheckBody } from '@itinera/contracts/schemas'
import { canTransition, mayDecide, WORKFLOW_STATE_LABELS } from '@itinera/contracts/workflow'
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TypedUser,
} from 'payload'
import { CITATION_CHECKS } from '../slugs'
import { citationCheckStates, type TCitationRow } from './citationChecks'
import { lockRecord } from './lockRecord'
import { editorsOf } from './transitionRecord'
import { WorkflowError } from './workflowError'

/**
 * Marks one citation of a record in review as checked against its source by `user` (with their
 * note), or removes the mark. Checking is part of approving: only someone who may approve this
 * version may (reviewer or admin, not one of its editors: the four-eyes rule of `canTransition`),
 * and only while it is in review. An unchanged citation keeps the check it was approved with, so
 * only changed ones are marked. Under the record's row lock, so no workflow step slips in between.
 * Returns every citation's state afterwards.
 */
export async function checkCitation(
  payload: Payload,
  { collection, id, citation, checked, note, user }: TCitationCheckBody & { user: TypedUser | null },
) {
  if (!user) throw new WorkflowError('not_signed_in', 'Sign in to check citations.')
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    await lockRecord(req, collection, id)
    const { noun } = REVIEWED_RECORD[collection]
    const doc = await payload
      .findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
      .catch(() => null)
    if (!doc) throw new APIError(`id: there is no ${noun} ${id}.`, 404, null, true)
    const state = doc.reviewState ?? 'draft'
    const verdict = canTransition({
      from: state,
      action: 'approve',
      roles: user.roles,
      actorEditedVersion: !mayDecide(user.id as number, editorsOf(doc)),
    })
    if (!verdict.allowed)
      throw new WorkflowError(
        verdict.reason,
        verdict.reason === 'state'
          ? `Citations are checked while the ${noun} is in review; it is ${WORKFLOW_STATE_LABELS[state].toLowerCase()}.`
          : `Citations are checked by whoever may approve the ${noun}: ${verdict.message}`,
      )
    const states = await citationCheckStates(req, collection, doc as { id: number; citations?: TCitationRow[] })
    const target = states.find((row) => row.citation === citation)
    if (!target)
      throw new APIError(
        `citation: this ${noun} has no citation "${citation}" in the version under review.`,
        400,
        null,
        true,
      )
    if (!target.changed)
      throw new APIError(
        `citation: "${citation}" is unchanged since the approved version and keeps its check${target.check ? ` (by ${target.check.checkedByName})` : ''}; only new or changed citations are checked.`,
        409,
        null,
        true,
      )
    const sameCitation = {
      collection: { equals: collection },
      recordId: { equals: id },
      citationHash: { equals: target.hash },
    }
    await payload.delete({ collection: CITATION_CHECKS, where: sameCitation, req, overrideAccess: true })
    if (checked)
      await payload.create({
        collection: CITATION_CHECKS,
        data: {
          collection,
          recordId: id,
          citation,
          citationHash: target.hash,
          checkedBy: user.id as number,
          checkedByName: user.name,
          checkedAt: new Date().toISOString(),
          note: note || null,
        },
        req,
        overrideAccess: true,
      })
    const after = await citationCheckStates(req, collection, doc as { id: number; citations?: TCitationRow[] })
    await commitTransaction(req)
    return after
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
