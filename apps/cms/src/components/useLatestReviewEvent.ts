'use client'
import { useEffect, useState } from 'react'
import type { ReviewEvent } from '../payload-types'
import { recordQuery } from './recordQuery'

/** The record's latest review event of one kind (its latest submission, request for changes…), once loaded. */
export function useLatestReviewEvent(collection: string | undefined, id: number | string | undefined, action: string) {
  const [event, setEvent] = useState<ReviewEvent | null>(null)
  useEffect(() => {
    if (!collection || id == null) return
    let current = true
    fetch(`/api/review-events?${recordQuery(collection, id, { action, sort: '-createdAt', limit: 1 })}`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: ReviewEvent[] }>) : { docs: [] }))
      .then(({ docs }) => current && setEvent(docs[0] ?? null))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [collection, id, action])
  return event
}

/** When a review event happened, as the Review panel and banners write it. */
export const eventTime = (event: Pick<ReviewEvent, 'createdAt'>) =>
  new Date(event.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
