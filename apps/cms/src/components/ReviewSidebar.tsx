import type { UIFieldServerProps } from 'payload'
import type { TReviewedCollection } from '../slugs'
import { approvalBlockers } from '../workflow/approvalBlockers'
import { ReviewDiffLink } from './ReviewDiffLink'
import { ReviewPanel } from './ReviewPanel'

/**
 * The record's review in the sidebar: the Review panel, and below it what keeps this version from
 * approval (uncited facts, unapproved sources, places, people…, blocking quality errors), the
 * same check approval makes, shown to the editor before submitting. Nothing once approved. Under
 * review, a link to the change on the comparison the reviewer needs (ReviewDiffLink).
 */
export async function ReviewSidebar({ payload, collectionSlug, data, id, req }: UIFieldServerProps) {
  const blockers =
    id && data && data.reviewState !== 'approved'
      ? await approvalBlockers(payload, collectionSlug as TReviewedCollection, { ...data, id: Number(id) }, req, {
          // The reviewer's checks come after submission: nothing for the editor to do before it.
          citationChecks: data.reviewState === 'in_review',
        })
      : []
  return (
    <>
      <ReviewPanel blockers={blockers} />
      {id && data?.reviewState === 'in_review' && (
        <ReviewDiffLink payload={payload} collection={collectionSlug as TReviewedCollection} id={id} req={req} />
      )}
      {blockers.length > 0 && (
        <section className="review-panel__blockers" data-testid="approval-blockers">
          <p className="review-panel__hint">Not ready for approval:</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
