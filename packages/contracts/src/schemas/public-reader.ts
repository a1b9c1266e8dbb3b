import { z } from 'zod'
import { ZCertaintySchema, ZTripKindSchema } from '../domain'
import type { TStoredPartialDate } from '../partial-date'
import { ZSlugSchema } from './leader'
import { ZPublicDateSchema, ZPublicSourceSchema, type TPublicCitation } from './public-trip'
import { ZRecordIdSchema } from './storable'

/** A trip in a list: enough to show and link it. */
export const ZPublicTripSummarySchema = z.object({
  id: z.number().int(),
  slug: ZSlugSchema,
  title: z.string(),
  leader: z.object({ slug: ZSlugSchema, name: z.string() }),
  kind: ZTripKindSchema.nullable(),
  certainty: ZCertaintySchema,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  /** The first stop's dates, as precise as known. */
  start: ZPublicDateSchema,
  end: ZPublicDateSchema,
  countries: z.array(z.object({ slug: ZSlugSchema, name: z.string() })),
  approvedAt: z.string().nullable(),
})
export type TPublicTripSummary = z.infer<typeof ZPublicTripSummarySchema>

export const ZTripListRequestSchema = z.object({
  leader: ZSlugSchema.optional(),
  polity: ZSlugSchema.optional(),
  /** First year of a decade, e.g. 1950. */
  decade: z
    .number()
    .int()
    .min(1800)
    .max(2200)
    .refine((year) => year % 10 === 0, 'A decade starts with a year ending in 0, e.g. 1950')
    .optional(),
  kind: ZTripKindSchema.optional(),
  certainty: ZCertaintySchema.optional(),
  /** Most recently approved first, or chronological (default). */
  order: z.enum(['chronological', 'recently_approved']).default('chronological'),
  limit: z.number().int().min(1).max(500).default(50),
  /** From the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
})
export type TTripListRequest = z.input<typeof ZTripListRequestSchema>

export const ZTripListResponseSchema = z.object({
  trips: z.array(ZPublicTripSummarySchema),
  nextCursor: z.string().nullable(),
})

export const ZPublicOfficeSchema = z.object({ title: z.string(), from: ZPublicDateSchema, to: ZPublicDateSchema })

export const ZPublicPolityRefWithCodesSchema = z.object({
  slug: ZSlugSchema,
  name: z.string(),
  modernIsoCodes: z.array(z.string()),
  successors: z.array(z.object({ slug: ZSlugSchema, name: z.string() })),
})

/** A state where a visited place lies today, from the place's own ISO code (Minsk: Belarus). */
export const ZTodayCountrySchema = z.object({ isoCode: z.string(), name: z.string() })

export const ZVisitCountSchema = z.object({
  polity: ZPublicPolityRefWithCodesSchema,
  /** Stops of confirmed or reported trips (COUNTED_CERTAINTIES). */
  visits: z.number().int(),
  /** Stops of rumoured or disputed trips, counted apart (UNCONFIRMED_CERTAINTIES). */
  unconfirmed: z.number().int(),
  /** Where the places visited in it lie today, for one leader's visits. */
  today: z.array(ZTodayCountrySchema),
})

/** A leader's or a country's trips, a page at a time: a record with thousands of trips stays one bounded read. */
export const RECORD_TRIPS_PAGE_SIZE = 100

/** A leader's or a country's page: its slug and which page of its trips (RECORD_TRIPS_PAGE_SIZE a page), from 1. */
export const ZRecordTripsRequestSchema = z.object({
  slug: ZSlugSchema,
  page: z.number().int().min(1).max(1_000_000).default(1),
})

/** Which page of a record's approved trips a page shows, of how many. */
const ZTripPagesSchema = z.object({ total: z.number().int(), page: z.number().int(), pages: z.number().int() })

export const ZLeaderPageSchema = z.object({
  leader: z.object({
    slug: ZSlugSchema,
    name: z.string(),
    nativeName: z.string().nullable(),
    alternateNames: z.array(z.string()),
    offices: z.array(ZPublicOfficeSchema),
  }),
  /** This page's trips (withheld ones left out) and, counted in the database, visits to every country. */
  trips: z.array(ZPublicTripSummarySchema),
  tripPages: ZTripPagesSchema,
  visitsByPolity: z.array(ZVisitCountSchema),
})

export const ZPolityPageSchema = z.object({
  polity: z.object({
    slug: ZSlugSchema,
    name: z.string(),
    officialName: z.string().nullable(),
    /** Its official names, each for its period. */
    namesByPeriod: z.array(z.object({ name: z.string(), from: ZPublicDateSchema, to: ZPublicDateSchema })),
    alternateNames: z.array(z.string()),
    validFrom: ZPublicDateSchema,
    validTo: ZPublicDateSchema,
    modernIsoCodes: z.array(z.string()),
    predecessors: z.array(z.object({ slug: ZSlugSchema, name: z.string() })),
    successors: z.array(z.object({ slug: ZSlugSchema, name: z.string() })),
  }),
  /** The visits of this page's trips (withheld ones left out). */
  tripPages: ZTripPagesSchema,
  visits: z.array(
    z.object({
      trip: ZPublicTripSummarySchema,
      /** The name the country bore on the visit's first day. */
      nameOnDate: z.string(),
      start: ZPublicDateSchema,
      end: ZPublicDateSchema,
      places: z.array(z.object({ slug: ZSlugSchema, name: z.string() })),
    }),
  ),
})

/** Trips citing a source, a page at a time: a list cited by thousands of trips stays one small page. */
export const SOURCE_CITED_BY_PAGE_SIZE = 20

export const ZSourcePageRequestSchema = z.object({
  id: ZRecordIdSchema,
  /** Page of the trips citing it (SOURCE_CITED_BY_PAGE_SIZE a page), from 1. */
  page: z.number().int().min(1).max(1_000_000).default(1),
})

export const ZSourcePageSchema = z.object({
  source: ZPublicSourceSchema,
  /** Which trips of how many this page's facts come from. */
  citingTrips: z.object({ total: z.number().int(), page: z.number().int(), pages: z.number().int() }),
  /** The facts of this page's approved trips that cite this source, each with its own locator. */
  citedBy: z.array(
    z.object({
      trip: z.object({ slug: ZSlugSchema, title: z.string() }),
      citationId: z.string(),
      fact: z.string(),
      label: z.string(),
      locator: z.string().nullable(),
    }),
  ),
})

export const ZStatsSchema = z.object({
  leaders: z.array(
    z.object({
      slug: ZSlugSchema,
      name: z.string(),
      nativeName: z.string().nullable(),
      trips: z.number().int(),
      visitsByPolity: z.array(ZVisitCountSchema),
    }),
  ),
})

export const ZSearchRequestSchema = z.object({
  q: z.string().trim().min(2, 'At least two characters').max(200, 'At most 200 characters'),
  limit: z.number().int().min(1).max(100).default(30),
})

/** A search hit with the matched words marked: segments, so the reader escapes every byte it shows. */
export const ZSearchHitSchema = z.object({
  type: z.enum(['trip', 'place', 'person', 'source', 'polity']),
  /** Where the reader links it: a trip, country or source page (places and people link to a trip or country). */
  href: z.string(),
  title: z.string(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
})
export type TSearchHit = z.infer<typeof ZSearchHitSchema>
export const ZSearchResponseSchema = z.object({ hits: z.array(ZSearchHitSchema) })

/** The host's full-text search (Postgres), over approved content only. */
export interface TSearchPort {
  search(q: string, limit: number): Promise<TSearchHit[]>
}

/** Visit counts over the trips a reader may see (approved, citing only approved sources), one row per pair. */
export interface TVisitCounts {
  trips: { leader: number; trips: number }[]
  visits: { leader: number; polity: number; visits: number; unconfirmed: number }[]
  /** Where the places of a leader's stops in a country lie today: ISO 3166-1 alpha-2, per pair. */
  today: { leader: number; polity: number; isoCode: string }[]
}

/**
 * Counted by the host in SQL (apps/cms), so statistics never read the trips themselves: trips per
 * leader, and stops (visits) per leader and country; one leader's only when `leader` is given.
 */
export interface TVisitCountsPort {
  count(leader?: number): Promise<TVisitCounts>
}

/** Which shown trips a list wants (record ids, ISO dates), in which order, and which slice. */
export interface TShownTripsQuery {
  leader?: number
  polity?: number
  citesSource?: number
  /** Trips starting on or after this instant, and before the next. */
  startsFrom?: string
  startsBefore?: string
  kind?: string
  certainty?: string
  order: 'chronological' | 'recently_approved'
  offset: number
  limit: number
  /** Also count every match (numbered pagers); a cursor list only needs one row more. */
  count?: boolean
}

/**
 * Found by the host in SQL (apps/cms): the ids (and slugs) of a page of the trips a reader may see
 * (approved, not withheld), so the documents are read for that page only, however deep it lies.
 */
export interface TShownTripsPort {
  page(query: TShownTripsQuery): Promise<{ trips: TShownTrip[]; total: number | null }>
  /** What a list shows of each of these trips (a page found above), in their order, in one query. */
  summaries(ids: number[]): Promise<TShownTripRow[]>
}

/** A public record a list links to: null where an anonymous reader may not read it. */
type TLinkedRecord = { slug: string; name: string } | null

/** A shown trip as a list reads it, in the shape of Payload's document at depth 1 (`toTripSummary`). */
export interface TShownTripRow {
  id: number
  slug: string
  title: string
  leader: TLinkedRecord
  kind: string | null
  certainty: string
  startsOn: string | null
  endsOn: string | null
  approvedAt: string | null
  stops: { polity: TLinkedRecord; start: TStoredPartialDate; end: TStoredPartialDate }[]
}

/** When a citation was checked against its source, and by whom when that reviewer chose to be named. */
export interface TPublicCheck {
  checkedOn: string
  checkedBy: string | null
}

/**
 * Found by the host in one query (apps/cms): the checks of the given trips' citations that match
 * them as they are (a check is of a citation's exact content), keyed `<trip id> <citation id>`.
 */
export interface TCitationChecksPort {
  ofTrips(trips: { id: number; citations: TPublicCitation[] }[]): Promise<Map<string, TPublicCheck>>
}

/** A date group's stored parts. */
export interface TStoredDateParts {
  year: number | null
  month: number | null
  day: number | null
  circa: boolean | null
}

/** A row of an array field under a stop, naming its stop. */
type TStopRow<T> = T & { stop: string; id: string }

/**
 * An approved trip's own rows as stored (relations as ids, each array's rows in order) and the
 * approved records they point at, read by the host in SQL (apps/cms). A relation to a record
 * not listed (not approved) stays an id, as Payload leaves a relation its reader may not read.
 */
export interface TTripRecords {
  trip: {
    id: number
    slug: string
    title: string
    leader: number | null
    kind: string | null
    certainty: string
    transport: string[]
    summary: string | null
    announcedOn: TStoredDateParts
    startsOn: string | null
    endsOn: string | null
    approvedAt: string | null
  }
  stops: { id: string; polity: number | null; places: number[]; start: TStoredDateParts; end: TStoredDateParts }[]
  meetings: TStopRow<{ person: number | null; title: string | null }>[]
  details: TStopRow<{ text: string }>[]
  alternativeDates: TStopRow<{ start: TStoredDateParts; end: TStoredDateParts; note: string | null }>[]
  alternativePolities: TStopRow<{ polity: number | null; note: string | null }>[]
  citations: {
    id: string
    fact: string
    source: number | null
    locator: { page: string | null; folio: string | null; paragraph: string | null; footnote: string | null }
    quote: string | null
    quoteLanguage: string | null
    translation: string | null
    note: string | null
  }[]
  leaders: { id: number; slug: string; name: string }[]
  polities: {
    id: number
    slug: string
    name: string
    namesByPeriod: { name: string; from: TStoredDateParts; to: TStoredDateParts }[]
  }[]
  places: { id: number; slug: string; name: string; latitude: number | null; longitude: number | null }[]
  /** The people met, with their dated offices and the facts they cite (a title is checked against them). */
  people: {
    id: number
    slug: string
    name: string
    offices: { id: string; title: string | null; from: TStoredDateParts; to: TStoredDateParts }[]
    citations: { fact: string; source: number | null }[]
  }[]
  /** The approved sources the trip cites, with the fields of the public source reference. */
  sources: ({ id: number } & Record<string, unknown>)[]
  /** The titles of the approved sources the people met cite (for the offices a printed title contradicts). */
  peopleSources: { id: number; title: string }[]
}

/** Read by the host in one query (apps/cms): an approved trip's records by its slug, or null. */
export interface TTripRecordsPort {
  bySlug(slug: string): Promise<TTripRecords | null>
}

/** A shown trip as its page's ids query finds it: enough for links (sitemap), not for a page. */
export interface TShownTrip {
  id: number
  slug: string
  approvedAt: string | null
}

export const ZSlugRequestSchema = z.object({ slug: ZSlugSchema })
export const ZIdRequestSchema = z.object({ id: ZRecordIdSchema })

export type TSourcePage = z.infer<typeof ZSourcePageSchema>
export type TLeaderPage = z.infer<typeof ZLeaderPageSchema>
export type TPolityPage = z.infer<typeof ZPolityPageSchema>

/** The public pages of a record of their own: trips, leaders and countries by slug, sources by id. */
export const ZRecordPageRequestSchema = z.union([
  z.object({ collection: z.enum(['trips', 'leaders', 'polities']), slug: ZSlugSchema }),
  z.object({ collection: z.literal('sources'), id: ZRecordIdSchema }),
])
export type TRecordPageRequest = z.infer<typeof ZRecordPageRequestSchema>

/** A record taken offline through review ("retract"): what it was, why and when. */
export const ZTombstoneSchema = z.object({
  collection: z.enum(['trips', 'sources', 'leaders', 'polities', 'places', 'people']),
  title: z.string(),
  reason: z.string(),
  retractedAt: z.string(),
})
export type TTombstone = z.infer<typeof ZTombstoneSchema>

/**
 * Why a record's pages are not shown, or null when nothing stands in the way: retracted (the
 * pages are gone, 410), or, for an approved trip, withheld (a source it cites is no longer public,
 * so its facts would show without their citations) until it is reviewed again; missing (no approved
 * record has that slug or id, 404), so the reader answers it before its kept page is rendered.
 */
export const ZUnavailablePageSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('retracted'), tombstone: ZTombstoneSchema }),
    z.object({
      state: z.literal('withheld'),
      title: z.string(),
      /** The cited sources no longer public; when and as what they were retracted, where known. */
      sources: z.array(z.object({ title: z.string().nullable(), retractedAt: z.string().nullable() })).min(1),
    }),
    z.object({ state: z.literal('missing') }),
  ])
  .nullable()
export type TUnavailablePage = z.infer<typeof ZUnavailablePageSchema>
