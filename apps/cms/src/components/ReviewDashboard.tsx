import { recordTitle, REVIEWED_COLLECTIONS, REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { hasRole } from '@itinera/contracts/roles'
import Link from 'next/link'
import { createLocalReq, type ServerProps } from 'payload'
import type { ReviewEvent } from '../payload-types'
import { REVIEW_EVENTS } from '../slugs'
import { approvalBlockers } from '../workflow/approvalBlockers'
import { NEXT_STEP_AFTER_CHANGES } from './ChangesRequestedNote'
import { actorNames, actorOf } from './reviewEventWords'

interface TOpenItem {
  collection: TReviewedCollection
  id: number
  title: string
  reviewState: string
  mine: boolean
  doc: object
}

/** How long something has waited, in the largest whole unit. */
function waited(since: string, now: number) {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`
}

const key = (item: Pick<TOpenItem, 'collection' | 'id'>) => `${item.collection}-${item.id}`

/**
 * The editorial to-do lists at the top of the dashboard: the review queue with who submitted
 * each record, to whom, how long it has waited and what must be approved with it; the editor's
 * records sent back, with the reviewer's comment and the next step; their drafts.
 */
export async function ReviewDashboard({ payload, user: signedIn }: ServerProps) {
  if (!signedIn) return null
  // Narrowed once for the functions below.
  const user = signedIn
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
      doc,
    }))
  }
  const items = (await Promise.all(REVIEWED_COLLECTIONS.map(open))).flat()
  const inReview = items.filter(
    (item) => item.reviewState === 'in_review' || item.reviewState === 'retraction_requested',
  )
  const sentBack = items.filter((item) => item.reviewState === 'changes_requested')
  const lastSteps = await lastStepOf([...inReview, ...sentBack], ['submit', 'request_retraction', 'request_changes'])
  const names = await actorNames(payload, [...lastSteps.values()])
  const req = await createLocalReq({ user }, payload)
  // What else must be approved first (a new source, place or person it cites or shows), and other blockers.
  const blockers = new Map(
    await Promise.all(
      inReview
        .filter((item) => item.reviewState === 'in_review' && !item.mine)
        .map(async (item) => [key(item), await approvalBlockers(payload, item.collection, item.doc, req)] as const),
    ),
  )
  const now = Date.now()

  /** The latest of `actions` on each item, by item key. */
  async function lastStepOf(of: TOpenItem[], actions: string[]) {
    const steps = new Map<string, ReviewEvent>()
    for (const collection of REVIEWED_COLLECTIONS) {
      const ids = of.filter((item) => item.collection === collection).map((item) => item.id)
      if (!ids.length) continue
      const { docs } = await payload.find({
        collection: REVIEW_EVENTS,
        where: { collection: { equals: collection }, documentId: { in: ids }, action: { in: actions } },
        sort: '-createdAt',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
      for (const event of docs) {
        const eventKey = `${collection}-${event.documentId}`
        if (!steps.has(eventKey)) steps.set(eventKey, event)
      }
    }
    return steps
  }
  function detail(item: TOpenItem) {
    const step = lastSteps.get(key(item))
    if (!step) return null
    if (item.reviewState === 'changes_requested')
      return (
        <span className="review-queue__detail" data-testid="changes-requested-detail">
          {actorOf(names, step)}: “{step.comment}” <br />
          <strong>Next step:</strong> {NEXT_STEP_AFTER_CHANGES}
        </span>
      )
    const itemBlockers = blockers.get(key(item)) ?? []
    return (
      <span className="review-queue__detail">
        {step.action === 'request_retraction' ? 'Retraction asked by' : 'Submitted by'} {actorOf(names, step)}, waiting{' '}
        {waited(step.createdAt, now)}
        {step.assigneeName ? ` · assigned to ${step.assignee === user.id ? 'you' : step.assigneeName}` : ''}
        {itemBlockers.length > 0 && <> · before approval: {itemBlockers.join('; ')}</>}
      </span>
    )
  }
  const assignedToMe = (item: TOpenItem) => lastSteps.get(key(item))?.assignee === user.id

  const lists = [
    {
      key: 'review-queue',
      title: 'Waiting for your review',
      show: hasRole(user, 'reviewer', 'admin'),
      // A requested retraction is decided like a submission: by someone who did not ask for it.
      // Those assigned to this reviewer first.
      items: inReview.filter((item) => !item.mine).sort((a, b) => Number(assignedToMe(b)) - Number(assignedToMe(a))),
      empty: 'Nothing to review.',
    },
    {
      key: 'changes-requested',
      title: 'Changes requested',
      show: hasRole(user, 'editor', 'admin'),
      items: sentBack.filter((item) => item.mine),
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
                <li key={key(item)}>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
                  <small>
                    ({REVIEWED_RECORD[item.collection].noun}
                    {item.reviewState === 'retraction_requested' ? ', retraction requested' : ''})
                  </small>
                  {detail(item)}
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
