import type { UIFieldServerProps } from 'payload'
import type { TReviewedCollection } from '../slugs'
import { approvalBlockers } from '../workflow/approvalBlockers'

/**
 * Below the Review panel: what keeps this version from approval (unapproved sources, places,
 * people…), the same check approval makes, shown before anyone tries. Nothing once approved.
 */
export async function ApprovalBlockers({ payload, collectionSlug, data, id, req }: UIFieldServerProps) {
  if (!id || !data || data.reviewState === 'approved') return null
  const blockers = await approvalBlockers(payload, collectionSlug as TReviewedCollection, data, req)
  if (!blockers.length) return null
  return (
    <section className="review-panel__blockers" data-testid="approval-blockers">
      <p className="review-panel__hint">Not ready for approval:</p>
      <ul>
        {blockers.map((blocker) => (
          <li key={blocker}>{blocker}</li>
        ))}
      </ul>
    </section>
  )
}
