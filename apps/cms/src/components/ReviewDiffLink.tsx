import { REVIEW_BASELINE_WORDS, reviewComparison } from '@itinera/contracts/workflow'
import type { Payload, PayloadRequest } from 'payload'
import { REVIEW_EVENTS, type TReviewedCollection } from '../slugs'

/**
 * The change under review, opened on the right comparison: the submitted version against the
 * published one (or, never published, the version last sent back, else the first submission),
 * where Payload's version view would compare it with whichever version came just before.
 */
export async function ReviewDiffLink({
  payload,
  collection,
  id,
  req,
}: {
  payload: Payload
  collection: TReviewedCollection
  id: number | string
  req: PayloadRequest
}) {
  const { docs: steps } = await payload.find({
    collection: REVIEW_EVENTS,
    where: { collection: { equals: collection }, documentId: { equals: Number(id) } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    select: { action: true, versionId: true },
    overrideAccess: false,
    user: req.user,
  })
  const comparison = reviewComparison(steps)
  if (!comparison) return null
  const versionView = `/admin/collections/${collection}/${id}/versions/${comparison.to}`
  return (
    <p className="review-panel__diff" data-testid="review-diff-link">
      {comparison.from && comparison.baseline ? (
        <a href={`${versionView}?versionFrom=${comparison.from}`}>
          Review the changes since {REVIEW_BASELINE_WORDS[comparison.baseline]}
        </a>
      ) : (
        <a href={versionView}>Review the submitted version (first submission: all of it is new)</a>
      )}
    </p>
  )
}
