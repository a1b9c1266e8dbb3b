import { recordTitle } from '@itinera/contracts/domain'
import type { Payload, PayloadRequest } from 'payload'
import type { TReviewedCollection } from '../slugs'
import { approvalBlockers } from './approvalBlockers'
import { applyStep } from './transitionRecord'
import { WorkflowError } from './workflowError'

/**
 * The seed dataset's review: the same readiness checks as any approval (every fact cited,
 * every cited source approved, no blocking error) but the reviewer's citation checks, then submit and approve with no actor and
 * a comment naming the seed, in the caller's transaction.
 */
export async function approveSeedRecord(
  payload: Payload,
  {
    collection,
    id,
    comment,
    req,
  }: { collection: TReviewedCollection; id: number; comment: string; req: PayloadRequest },
) {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
  // No person checked the dataset's citations against their sources here: none is marked as checked.
  const blockers = await approvalBlockers(payload, collection, doc, req, { citationChecks: false })
  if (blockers.length)
    throw new WorkflowError(
      'not_ready',
      `Seed record "${recordTitle(collection, doc)}" is not ready for approval: ${blockers.join('; ')}`,
    )
  await applyStep(payload, {
    collection,
    id,
    action: 'submit',
    from: 'draft',
    to: 'in_review',
    actorId: null,
    comment,
    req,
  })
  return applyStep(payload, {
    collection,
    id,
    action: 'approve',
    from: 'in_review',
    to: 'approved',
    actorId: null,
    comment,
    req,
  })
}
