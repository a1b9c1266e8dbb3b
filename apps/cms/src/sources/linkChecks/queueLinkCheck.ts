import type { CollectionAfterChangeHook } from 'payload'
import type { Source } from '../../payload-types'
import { CHECK_SOURCE_TASK, LINK_CHECK_QUEUE } from './linkCheckTasks'

/**
 * A new or changed address is checked soon, not at the next sweep: the job is queued in the
 * save's transaction, so it exists exactly when the change does.
 */
export const queueLinkCheck: CollectionAfterChangeHook<Source> = async ({ doc, previousDoc, req }) => {
  const changed =
    (doc.url ?? null) !== (previousDoc?.url ?? null) || (doc.archiveUrl ?? null) !== (previousDoc?.archiveUrl ?? null)
  if (changed && (doc.url || doc.archiveUrl)) {
    await req.payload.jobs.queue({ task: CHECK_SOURCE_TASK, input: { source: doc.id }, queue: LINK_CHECK_QUEUE, req })
  }
  return doc
}
