'use client'
import { eventTime, useLatestReviewEvent } from './useLatestReviewEvent'

export const NEXT_STEP_AFTER_CHANGES = 'Make the changes, save, then submit it for review again.'

/** The reviewer's request for changes, at the top of the Review panel, with what to do next. */
export function ChangesRequestedNote({ collection, id }: { collection: string; id: number | string }) {
  const request = useLatestReviewEvent(collection, id, 'request_changes')
  if (!request) return null
  return (
    <div className="changes-requested" role="status" data-testid="changes-requested-note">
      <p className="changes-requested__heading">
        <strong>Changes requested</strong> by {request.actorName ?? 'a reviewer'} on {eventTime(request)}
      </p>
      <blockquote className="changes-requested__comment">{request.comment}</blockquote>
      <p className="changes-requested__next">
        <strong>Next step:</strong> {NEXT_STEP_AFTER_CHANGES} Reply in the conversation below.
      </p>
    </div>
  )
}
