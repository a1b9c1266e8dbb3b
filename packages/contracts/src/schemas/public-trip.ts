import { z } from 'zod'
import {
  TRANSPORT_MODES,
  ZCertaintySchema,
  ZSourceClassSchema,
  ZSourceKindSchema,
  ZTripKindSchema,
  ZUrlStatusSchema,
} from '../domain'
import { ZSlugSchema } from './leader'

/**
 * The public read model of a trip: what a reader may see of an approved version, nothing
 * else. Parsing a Payload document through these schemas drops every other field (drafts'
 * workflow state, editors, quality notes), so a new collection field is private until added here.
 */

/** A stored partial date; an empty date group (no year) reads as null. */
export const ZPublicDateSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && (value as { year?: unknown }).year != null ? value : null),
  z
    .object({
      year: z.number().int(),
      month: z.number().int().nullable().default(null),
      day: z.number().int().nullable().default(null),
      circa: z.boolean().nullable().transform(Boolean).default(false),
    })
    .nullable(),
)

/** An array field: Payload returns null for an empty one. */
const rows = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .array(schema)
    .nullable()
    .transform((list) => list ?? [])

/** A related record the reader may link to; unreadable relations (not approved) are dropped. */
const populated = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value && typeof value === 'object' ? value : null), schema.nullable())
const populatedList = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((item) => item && typeof item === 'object') : []),
    z.array(schema),
  )

export const ZPublicPolityRefSchema = z.object({ id: z.number().int(), slug: ZSlugSchema, name: z.string() })
export const ZPublicPlaceRefSchema = z.object({
  id: z.number().int(),
  slug: ZSlugSchema,
  name: z.string(),
  latitude: z.number().nullable().default(null),
  longitude: z.number().nullable().default(null),
})
export const ZPublicPersonRefSchema = z.object({ id: z.number().int(), slug: ZSlugSchema, name: z.string() })

export const ZPublicSourceRefSchema = z.object({
  id: z.number().int(),
  kind: ZSourceKindSchema,
  sourceClass: ZSourceClassSchema.nullable().default(null),
  title: z.string(),
  authors: rows(z.object({ name: z.string() })),
  date: ZPublicDateSchema,
  publisher: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  urlStatus: ZUrlStatusSchema.nullable().default(null),
  archiveUrl: z.string().nullable().default(null),
  archiveDate: z.string().nullable().default(null),
  repository: z.string().nullable().default(null),
  identifiers: z
    .object({
      isbn: z.string().nullable().default(null),
      doi: z.string().nullable().default(null),
      callNumber: z.string().nullable().default(null),
      recordId: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
})
export type TPublicSourceRef = z.infer<typeof ZPublicSourceRefSchema>

/** A source on its own page: everything a reader or a reference manager needs, nothing internal. */
export const ZPublicSourceSchema = ZPublicSourceRefSchema.extend({
  series: z.string().nullable().default(null),
  publishedIn: z.string().nullable().default(null),
  volume: z.string().nullable().default(null),
  issue: z.string().nullable().default(null),
  pages: z.string().nullable().default(null),
  place: z.string().nullable().default(null),
  language: z.string().nullable().default(null),
  translator: z.string().nullable().default(null),
  accessDate: z.string().nullable().default(null),
  archiveCollection: z.string().nullable().default(null),
  obtainedBy: z.string().nullable().default(null),
  summary: z.string().nullable().default(null),
  rights: z.string().nullable().default(null),
  approvedAt: z.string().nullable().default(null),
})
export type TPublicSource = z.infer<typeof ZPublicSourceSchema>

const ZRowIdSchema = z.string().min(1)

/** An office a person held on a stop's date, with the titles of the sources it was read in. */
export const ZPublicOfficeOnDateSchema = z.object({
  title: z.string(),
  sources: z.array(z.object({ id: z.number().int(), title: z.string() })),
})

export const ZPublicStopSchema = z.object({
  id: ZRowIdSchema,
  polity: populated(ZPublicPolityRefSchema),
  /** The name the polity bore on the stop's first day ("People's Republic of Bulgaria"), else its name. */
  polityNameOnDate: z.string().nullable().default(null),
  places: populatedList(ZPublicPlaceRefSchema),
  start: ZPublicDateSchema,
  end: ZPublicDateSchema,
  meetings: rows(
    z.object({
      id: ZRowIdSchema,
      person: populated(ZPublicPersonRefSchema),
      title: z.string().nullable().default(null),
      /**
       * Set only where sources differ: the title printed is not an office our reference data
       * gives the person on that date; these are the offices it gives, with their sources.
       */
      officesOnDate: z.array(ZPublicOfficeOnDateSchema).nullable().default(null),
    }),
  ),
  details: rows(z.object({ id: ZRowIdSchema, text: z.string() })),
  alternativeDates: rows(
    z.object({
      id: ZRowIdSchema,
      start: ZPublicDateSchema,
      end: ZPublicDateSchema,
      note: z.string().nullable().default(null),
    }),
  ),
  alternativePolities: rows(
    z.object({
      id: ZRowIdSchema,
      polity: populated(ZPublicPolityRefSchema),
      /** The name that polity bore on the stop's date (`nameOnDate`), as the stop's own polity. */
      polityNameOnDate: z.string().nullable().default(null),
      note: z.string().nullable().default(null),
    }),
  ),
})

export const ZPublicCitationSchema = z.object({
  id: ZRowIdSchema,
  /** The fact path it supports, e.g. `stops.<stop id>.meetings.<meeting id>`. */
  fact: z.string(),
  source: ZPublicSourceRefSchema,
  locator: z
    .object({
      page: z.string().nullable().default(null),
      folio: z.string().nullable().default(null),
      paragraph: z.string().nullable().default(null),
      footnote: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
  quote: z.string().nullable().default(null),
  quoteLanguage: z.string().nullable().default(null),
  translation: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  /** When a reviewer checked it against its source (an ISO date-time); null when no check is recorded. */
  checkedOn: z.string().nullable().default(null),
  /** Who checked it, only when that reviewer chose to be named. */
  checkedBy: z.string().nullable().default(null),
})
export type TPublicCitation = z.infer<typeof ZPublicCitationSchema>

export const ZFactConflictSchema = z.object({
  fact: z.string(),
  label: z.string(),
  alternatives: z.array(z.string()),
})

export const ZPublicTripSchema = z.object({
  id: z.number().int(),
  slug: ZSlugSchema,
  title: z.string(),
  leader: ZPublicPersonRefSchema,
  kind: ZTripKindSchema.nullable().default(null),
  certainty: ZCertaintySchema,
  transport: rows(z.enum(TRANSPORT_MODES)),
  summary: z.string().nullable().default(null),
  announcedOn: ZPublicDateSchema,
  startsOn: z.string().nullable().default(null),
  endsOn: z.string().nullable().default(null),
  stops: rows(ZPublicStopSchema),
  /** Only citations of approved sources. */
  citations: z
    .array(z.unknown())
    .nullable()
    .transform((rows) => (rows ?? []).filter((row) => ZPublicCitationSchema.safeParse(row).success))
    .pipe(z.array(ZPublicCitationSchema)),
  /** Facts on which sources give competing values. */
  sourcesDiffer: z.array(ZFactConflictSchema),
  /** "Verified on": when this version was approved. */
  approvedAt: z.string().nullable().default(null),
})
export type TPublicTrip = z.infer<typeof ZPublicTripSchema>
