import { recordTitle, REVIEWED_COLLECTIONS, REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { hasRole } from '@itinera/contracts/roles'
import Link from 'next/link'
import type { ServerProps } from 'payload'

interface TOpenItem {
  collection: TReviewedCollection
  id: number
  title: string
  reviewState: string
  mine: boolean
}

/** The editorial to-do lists at the top of the dashboard. */
export async function ReviewDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const open = async (collection: TReviewedCollection): Promise<TOpenItem[]> => {
    const { docs } = await payload.find({
      collection,
      where: { reviewState: { in: ['draft', 'in_review', 'changes_requested', 'retraction_requested'] } },
      draft: true,
      depth: 0,
      limit: 200,
      sort: '-updatedAt',
      overrideAccess: false,
      user,
    })
    return docs.map((doc) => ({
      collection,
      id: doc.id,
      title: recordTitle(collection, doc),
      reviewState: doc.reviewState ?? 'draft',
      mine: (doc.editedBy ?? []).some((editor) => relationId(editor) === user.id),
    }))
  }
  const items = (await Promise.all(REVIEWED_COLLECTIONS.map(open))).flat()

  const lists = [
    {
      key: 'review-queue',
      title: 'Waiting for your review',
      show: hasRole(user, 'reviewer', 'admin'),
      // A requested retraction is decided like a submission: by someone who did not ask for it.
      items: items.filter(
        (item) => (item.reviewState === 'in_review' || item.reviewState === 'retraction_requested') && !item.mine,
      ),
      empty: 'Nothing to review.',
    },
    {
      key: 'changes-requested',
      title: 'Changes requested',
      show: hasRole(user, 'editor', 'admin'),
      items: items.filter((item) => item.reviewState === 'changes_requested' && item.mine),
      empty: 'No changes requested of you.',
    },
    {
      key: 'my-drafts',
      title: 'My drafts',
      show: hasRole(user, 'editor', 'admin'),
      items: items.filter((item) => item.reviewState === 'draft' && item.mine),
      empty: 'No drafts.',
    },
  ].filter((list) => list.show)

  return (
    <div className="review-dashboard">
      {lists.map((list) => (
        <section key={list.key} data-testid={list.key} aria-labelledby={`${list.key}-heading`}>
          <h2 id={`${list.key}-heading`}>
            {list.title} ({list.items.length})
          </h2>
          {list.items.length === 0 ? (
            <p>{list.empty}</p>
          ) : (
            <ul>
              {list.items.map((item) => (
                <li key={`${item.collection}-${item.id}`}>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
                  <small>
                    ({REVIEWED_RECORD[item.collection].noun}
                    {item.reviewState === 'retraction_requested' ? ', retraction requested' : ''})
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {hasRole(user, 'editor', 'admin') && (
        <p className="review-dashboard__actions">
          <Link href="/admin/import">Import a trip list</Link> — a Wikipedia-style list, wikitable or CSV into drafts
          for review.
        </p>
      )}
    </div>
  )
}
