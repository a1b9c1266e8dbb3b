import type { Payload, Where } from 'payload'
import { REVIEWED_COLLECTIONS } from '../../domain'
import { tripSpan, type TStoredPartialDate } from '../../partial-date'
import { callPayload } from '../../payload-errors'
import { ZPublicTripSummarySchema, type TPublicTripSummary } from '../../schemas/public-reader'

export type TPublicCollection = 'trips' | 'sources' | 'leaders' | 'polities' | 'places' | 'people'
const REVIEWED = new Set<string>(REVIEWED_COLLECTIONS)

/**
 * The reader's only way into Payload: as an anonymous reader (whoever is signed in), approved
 * versions only, so a draft or a pending edit can never reach a public page. Tombstones (what a
 * retracted record was) are public as written.
 */
export async function findPublic<TDoc = TLooseDoc>(
  payload: Payload,
  collection: TPublicCollection | 'tombstones',
  args: {
    where?: Where
    sort?: string | string[]
    limit?: number
    depth?: number
    select?: Record<string, unknown>
    populate?: Record<string, unknown>
  },
) {
  const published: Where = REVIEWED.has(collection) ? { _status: { equals: 'published' } } : {}
  const result = await callPayload(() =>
    payload.find({
      collection,
      where: { and: [published, args.where ?? {}] },
      sort: args.sort,
      limit: args.limit ?? 0,
      // Never Payload's count, a second query per read: pages are counted by the host (shownTrips).
      pagination: false,
      depth: args.depth ?? 0,
      select: args.select as never,
      populate: args.populate as never,
      draft: false,
      overrideAccess: false,
      user: null,
    }),
  )
  // This package does not see the CMS's generated types: callers name the fields they read.
  return result as unknown as { docs: (TDoc & { id: number })[] }
}

/** A document as this package sees it: fields are checked where they are read. */
export type TLooseDoc = Record<string, unknown>

/** The ids of a page the host found. */
export const idsOf = (trips: { id: number }[]) => trips.map((trip) => trip.id)

/**
 * The approved trips of `ids` (a page the host found, `ctx.shownTrips`), read in one query and
 * returned in the order of `ids`.
 */
export async function findPublicTrips<TDoc = TLooseDoc>(
  payload: Payload,
  ids: number[],
  args: Pick<Parameters<typeof findPublic>[2], 'depth' | 'select' | 'populate'>,
) {
  if (!ids.length) return []
  const { docs } = await findPublic<TDoc>(payload, 'trips', { ...args, where: { id: { in: ids } }, limit: ids.length })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** What a trip list needs of each trip, populated one level (leader, stop countries). */
export const TRIP_SUMMARY_QUERY = {
  depth: 1,
  select: {
    slug: true,
    title: true,
    leader: true,
    kind: true,
    certainty: true,
    startsOn: true,
    endsOn: true,
    approvedAt: true,
    stops: { polity: true, start: true, end: true },
  },
  populate: { leaders: { slug: true, name: true }, polities: { slug: true, name: true } },
} as const

interface TTripDoc {
  id: number
  slug: string
  title: string
  leader?: unknown
  kind?: string | null
  certainty: string
  startsOn?: string | null
  endsOn?: string | null
  approvedAt?: string | null
  stops?: { polity?: unknown; start?: TStoredPartialDate; end?: TStoredPartialDate }[] | null
}

const asRef = (value: unknown) =>
  value && typeof value === 'object' && 'slug' in value ? (value as { slug: string; name: string }) : null

export function toTripSummary(doc: TTripDoc): TPublicTripSummary {
  const stops = doc.stops ?? []
  const countries = new Map<string, { slug: string; name: string }>()
  for (const stop of stops) {
    const polity = asRef(stop.polity)
    if (polity) countries.set(polity.slug, { slug: polity.slug, name: polity.name })
  }
  const leader = asRef(doc.leader)
  return ZPublicTripSummarySchema.parse({
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    leader: leader ? { slug: leader.slug, name: leader.name } : { slug: 'unknown', name: 'Unknown' },
    kind: doc.kind ?? null,
    certainty: doc.certainty,
    startsOn: doc.startsOn ?? null,
    endsOn: doc.endsOn ?? null,
    ...tripSpan(stops),
    countries: [...countries.values()],
    approvedAt: doc.approvedAt ?? null,
  })
}
