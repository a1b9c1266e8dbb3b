import { relationId } from '@itinera/contracts/relation-id'
import { signRevalidation } from '@itinera/contracts/revalidation'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'
import type { TWorkflowContext } from '../workflow/enforceWorkflowOnSave'
import { SOURCES, TRIPS } from '../slugs'

const LISTS_TAG = 'lists'
const slugOf = (value: unknown) => (value && typeof value === 'object' ? (value as { slug?: string }).slug : undefined)

/** The reader's cache tags for the pages that show a record (see apps/web/src/lib/cache-tags.ts). */
export async function tagsFor(payload: Payload, collection: typeof TRIPS | typeof SOURCES, id: number): Promise<string[]> {
  const tags = new Set<string>([LISTS_TAG])
  const trips =
    collection === TRIPS
      ? await payload.find({ collection: TRIPS, where: { id: { equals: id } }, depth: 1, limit: 1, overrideAccess: true })
      : await payload.find({ collection: TRIPS, where: { 'citations.source': { equals: id }, _status: { equals: 'published' } }, depth: 1, pagination: false, overrideAccess: true })
  if (collection === SOURCES) tags.add(`source:${id}`)
  for (const trip of trips.docs) {
    tags.add(`trip:${trip.slug}`)
    const leader = slugOf(trip.leader)
    if (leader) tags.add(`leader:${leader}`)
    for (const stop of trip.stops ?? []) {
      for (const polity of [stop.polity, ...(stop.alternativePolities ?? []).map((alt) => alt.polity)]) {
        const slug = slugOf(polity)
        if (slug) tags.add(`polity:${slug}`)
      }
    }
    for (const citation of trip.citations ?? []) {
      const source = relationId(citation.source)
      if (source != null) tags.add(`source:${source}`)
    }
  }
  return [...tags]
}

/**
 * Tells the reader which cached pages changed, after the change is committed. Never fails the
 * caller: a reader that is down refreshes by its cache TTL instead, and the miss is logged.
 */
export async function revalidateTags(payload: Payload, tags: string[], what: string): Promise<void> {
  // Read when used: collections import this module before a test or CLI has set the environment.
  const { env } = await import('../env')
  if (!env.REVALIDATE_SECRET) return
  try {
    const body = JSON.stringify({ tags })
    const response = await fetch(env.REVALIDATE_URL ?? `${env.WEB_URL}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signRevalidation(env.REVALIDATE_SECRET, body) },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) payload.logger.warn(`Reader revalidation for ${what} answered ${response.status}: ${await response.text()}`)
  } catch (error) {
    // No reader running (a CLI import, the seed before start) is normal; it reads fresh on start.
    payload.logger.info(`Reader revalidation for ${what} not delivered: ${(error as Error).message}`)
  }
}

export async function revalidateReader(payload: Payload, collection: typeof TRIPS | typeof SOURCES, id: number): Promise<void> {
  await revalidateTags(payload, await tagsFor(payload, collection, id).catch(() => [LISTS_TAG]), `${collection} ${id}`)
}

// Payload has no after-commit hook; a REST save commits as soon as its hooks return.
const AFTER_COMMIT_MS = 750

/** For reference data (leaders, countries): the lists and the record's own page, once the save is committed. */
export const revalidateReferenceAfterChange =
  (tagPrefix: 'leader' | 'polity' | null): CollectionAfterChangeHook =>
  ({ doc, req }) => {
    if ((req.context as TWorkflowContext).seedDataset) return doc
    const tags = [LISTS_TAG, ...(tagPrefix && doc.slug ? [`${tagPrefix}:${doc.slug}`] : [])]
    setTimeout(() => void revalidateTags(req.payload, tags, `${tagPrefix ?? 'reference'} ${doc.id}`), AFTER_COMMIT_MS)
    return doc
  }

/** A deleted approved record leaves the reader: its own page and every list, once the delete is committed. */
export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const own = collection.slug === TRIPS ? `trip:${doc.slug}` : `source:${doc.id}`
  setTimeout(() => void revalidateTags(req.payload, [LISTS_TAG, own], `${collection.slug} ${doc.id} (deleted)`), AFTER_COMMIT_MS)
  return doc
}
