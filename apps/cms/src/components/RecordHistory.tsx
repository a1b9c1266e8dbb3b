import { REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import type { DocumentViewServerProps } from 'payload'
import { REVIEW_EVENTS } from '../slugs'
import { actorNames, actorOf, dateTimeWords, STEP_DONE, stateWords } from './reviewEventWords'

/** The version the step before `index` acted on, when it is another one. */
function earlierVersion(events: { versionId?: string | null }[], index: number): string | null {
  const current = events[index]?.versionId
  return events.slice(0, index).findLast((event) => event.versionId && event.versionId !== current)?.versionId ?? null
}

/** Payload's version view of `to`, compared with `from` (else with the version just before `to`). */
const versionLink = (collection: string, id: number, to: string, from: string | null) =>
  `/admin/collections/${collection}/${id}/versions/${to}${from ? `?versionFrom=${from}` : ''}`

/**
 * The record's History tab: every review step in words, oldest first — who, when, from which
 * state to which, the comment, the reviewer named — each linking to the version it acted on,
 * compared with the version of the step before.
 */
export async function RecordHistory({ doc, payload, initPageResult }: DocumentViewServerProps) {
  const collection = initPageResult.collectionConfig?.slug as TReviewedCollection | undefined
  const { user } = initPageResult.req
  const id = (doc as { id?: number } | undefined)?.id
  if (!collection || id === undefined || !user) return null
  const { docs: events } = await payload.find({
    collection: REVIEW_EVENTS,
    where: { collection: { equals: collection }, documentId: { equals: id } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const names = await actorNames(payload, events)
  const { noun } = REVIEWED_RECORD[collection]
  return (
    <div className="history-view" data-testid="record-history">
      <h2>Review history</h2>
      {events.length === 0 ? (
        <p>This {noun} has not been submitted for review yet.</p>
      ) : (
        <ol>
          {events.map((event, index) => (
            <li key={event.id} data-testid="history-event">
              <strong>{actorOf(names, event)}</strong> {STEP_DONE[event.action as keyof typeof STEP_DONE]} on{' '}
              {dateTimeWords(event.createdAt)} ({stateWords(event.fromState)} → {stateWords(event.toState)})
              {event.assigneeName ? `, asking ${event.assigneeName} to review it` : ''}.
              {event.comment && <blockquote className="changes-requested__comment">{event.comment}</blockquote>}
              {event.versionId && (
                <div>
                  <a href={versionLink(collection, id, event.versionId, earlierVersion(events, index))}>
                    This version and its changes since the step before
                  </a>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
