import type { Payload } from 'payload'
import { ZRecordPageRequestSchema, ZUnavailablePageSchema, type TRecordPageRequest } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic } from './public-read'
import { withheldTrips, type TCitingTrip } from './withheld'

interface TTombstoneDoc {
  collection: 'trips' | 'sources' | 'leaders' | 'polities' | 'places' | 'people'
  recordId: number
  title: string
  reason: string
  retractedAt: string
}
const TOMBSTONE_FIELDS = { collection: true, recordId: true, title: true, reason: true, retractedAt: true }

/** The tombstone of the record a page is about, if it was retracted: sources by id, the others by slug. */
async function tombstoneOf(payload: Payload, page: TRecordPageRequest) {
  const { docs } = await findPublic<TTombstoneDoc>(payload, 'tombstones', {
    where: {
      and: [
        { collection: { equals: page.collection } },
        'id' in page ? { recordId: { equals: page.id } } : { slug: { equals: page.slug } },
      ],
    },
    // The latest first: a record has a tombstone per retraction that has not been approved away.
    sort: '-retractedAt',
    limit: 1,
    select: TOMBSTONE_FIELDS,
  })
  return docs[0] ?? null
}

/**
 * Why a trip page does not stand when it is not retracted: no approved trip has the slug
 * (missing), or the sources it cites that are no longer public, with their tombstones where they
 * have one (withheld).
 */
async function withheldTrip(payload: Payload, slug: string) {
  const { docs } = await findPublic<TCitingTrip & { title: string }>(payload, 'trips', {
    where: { slug: { equals: slug } },
    limit: 1,
    select: { title: true, citations: { source: true } },
  })
  const trip = docs[0]
  if (!trip) return { state: 'missing' as const }
  const missing = (await withheldTrips(payload, [trip])).get(trip.id)
  if (!missing) return null
  const ids = missing.filter((id) => id !== null)
  const { docs: tombstones } = ids.length
    ? await findPublic<TTombstoneDoc>(payload, 'tombstones', {
        where: { and: [{ collection: { equals: 'sources' } }, { recordId: { in: ids } }] },
        select: TOMBSTONE_FIELDS,
      })
    : { docs: [] }
  const byId = new Map(tombstones.map((tombstone) => [tombstone.recordId, tombstone]))
  return {
    state: 'withheld' as const,
    title: trip.title,
    sources: missing.map((id) => {
      const tombstone = id === null ? undefined : byId.get(id)
      return { title: tombstone?.title ?? null, retractedAt: tombstone?.retractedAt ?? null }
    }),
  }
}

/** Whether an approved record has the address of a leader's, country's or source's page. */
async function isPublished(payload: Payload, page: TRecordPageRequest): Promise<boolean> {
  const { docs } = await findPublic(payload, page.collection, {
    where: 'id' in page ? { id: { equals: page.id } } : { slug: { equals: page.slug } },
    limit: 1,
    select: { id: true },
  })
  return docs.length > 0
}

/**
 * Whether a record's public pages stand, asked before they are rendered: null, or why not
 * (retracted: its tombstone; a trip citing a source no longer public: withheld; an address no
 * approved record has: missing, as the reader keeps each record's page whole and must not render
 * one that would be a 404). A few indexed queries, answered the same to everyone, so the reader
 * caches it under the record's page tag.
 */
export const unavailable = publicProcedure
  .input(ZRecordPageRequestSchema)
  .output(ZUnavailablePageSchema)
  .query(async ({ ctx, input }) => {
    const tombstone = await tombstoneOf(ctx.payload, input)
    if (tombstone)
      return {
        state: 'retracted' as const,
        tombstone: {
          collection: tombstone.collection,
          title: tombstone.title,
          reason: tombstone.reason,
          retractedAt: tombstone.retractedAt,
        },
      }
    if ('slug' in input && input.collection === 'trips') return withheldTrip(ctx.payload, input.slug)
    return (await isPublished(ctx.payload, input)) ? null : { state: 'missing' as const }
  })
