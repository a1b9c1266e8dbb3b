'use client'
import { useEffect, useState } from 'react'
import type { ReviewEvent } from '../payload-types'
import { recordQuery } from './recordQuery'

export const NEXT_STEP_AFTER_CHANGES = 'Make the changes, save, then submit it for review again.'

/** The reviewer's request for changes, at the top of the Review panel, with what to do next. */
export function ChangesRequestedNote({ collection, id }: { collection: string; id: number | string }) {
  const [request, setRequest] = useState<ReviewEvent | null>(null)
  useEffect(() => {
    let current = true
    fetch(
      `/api/review-events?${recordQuery(collection, id, { action: 'request_changes', sort: '-createdAt', limit: 1 })}`,
      {
        credentials: 'include',
      },
    )
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: ReviewEvent[] }>) : { docs: [] }))
      .then(({ docs }) => current && setRequest(docs[0] ?? null))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [collection, id])
  if (!request) return null
  return (
    <div className="changes-requested" role="status" data-testid="changes-requested-note">
      <p className="changes-requested__heading">
        <strong>Changes requested</strong> by {request.actorName ?? 'a reviewer'} on{' '}
        {new Date(request.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      <blockquote className="changes-requested__comment">{request.comment}</blockquote>
      <p className="changes-requested__next">
        <strong>Next step:</strong> {NEXT_STEP_AFTER_CHANGES} Reply in the conversation below.
      </p>
    </div>
  )
}
