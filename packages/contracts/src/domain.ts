import { z } from 'zod'

/**
 * The closed lists of the domain, each once, with the words shown for its values. The CMS
 * fields take their `options` from here, the schemas their enums, the reader its labels.
 * The values are stored as PostgreSQL enums: changing one needs a migration.
 */

/** How sure the sources make a trip. */
export const CERTAINTIES = ['confirmed', 'reported', 'rumored', 'disputed', 'refuted'] as const
export const ZCertaintySchema = z.enum(CERTAINTIES)
export type TCertainty = z.infer<typeof ZCertaintySchema>

/** A certainty in a sentence, for readers and editors alike. */
export const CERTAINTY_DESCRIPTIONS: Record<TCertainty, string> = {
  confirmed: 'Confirmed by the sources cited',
  reported: 'Reported, not confirmed',
  rumored: 'Rumored: reports only',
  disputed: 'Disputed: sources disagree',
  refuted: 'Refuted: shown as a debunked claim',
}

/**
 * Which trips count as visits in tables, maps and totals: rumoured and disputed ones are counted
 * apart as unconfirmed (two rumoured Brezhnev meetings are not two visits to the Soviet Union),
 * refuted ones not at all.
 */
export const COUNTED_CERTAINTIES = ['confirmed', 'reported'] as const satisfies readonly TCertainty[]
export const UNCONFIRMED_CERTAINTIES = ['rumored', 'disputed'] as const satisfies readonly TCertainty[]

export const TRIP_KINDS = [
  'state',
  'official',
  'working',
  'unofficial',
  'secret',
  'funeral',
  'multilateral',
  'transit',
] as const
export const ZTripKindSchema = z.enum(TRIP_KINDS)
export type TTripKind = z.infer<typeof ZTripKindSchema>

export const TRANSPORT_MODES = ['train', 'air', 'road', 'sea'] as const
export type TTransportMode = (typeof TRANSPORT_MODES)[number]

export const PLACE_KINDS = ['city', 'site', 'region', 'vessel', 'other'] as const

/** What a source is. */
export const SOURCE_KINDS = [
  'archival_document',
  'book',
  'book_chapter',
  'journal_article',
  'working_paper',
  'news_article',
  'web_page',
  'dataset',
  'film_photo',
] as const
export const ZSourceKindSchema = z.enum(SOURCE_KINDS)
export type TSourceKind = z.infer<typeof ZSourceKindSchema>

export const SOURCE_KIND_LABELS: Record<TSourceKind, string> = {
  archival_document: 'archival document',
  book: 'book',
  book_chapter: 'chapter',
  journal_article: 'article',
  working_paper: 'working paper',
  news_article: 'news report',
  web_page: 'web page',
  dataset: 'dataset',
  film_photo: 'film or photograph',
}

/** Who speaks: readers weigh a state-media claim differently from an archival record. */
export const SOURCE_CLASSES = [
  'state_media',
  'host_government',
  'archival',
  'memoir',
  'news',
  'scholarship',
  'tertiary',
] as const
export const ZSourceClassSchema = z.enum(SOURCE_CLASSES)
export type TSourceClass = z.infer<typeof ZSourceClassSchema>

export const SOURCE_CLASS_LABELS: Record<TSourceClass, string> = {
  state_media: 'state media',
  host_government: 'host government',
  archival: 'archival',
  memoir: 'memoir',
  news: 'news',
  scholarship: 'scholarship',
  tertiary: 'tertiary',
}

/** Whether a source's address still shows it (Wikipedia's url-status values). */
export const URL_STATUSES = ['live', 'dead', 'unfit', 'usurped'] as const
export const ZUrlStatusSchema = z.enum(URL_STATUSES)
export type TUrlStatus = z.infer<typeof ZUrlStatusSchema>

/** The reference data trips point at: leaders, the polities as they were, places, people met. */
export const REFERENCE_COLLECTIONS = ['leaders', 'polities', 'places', 'people'] as const
export type TReferenceCollection = (typeof REFERENCE_COLLECTIONS)[number]

/** The collections that go through review: only their approved versions are public. All public ones do. */
export const REVIEWED_COLLECTIONS = ['trips', 'sources', ...REFERENCE_COLLECTIONS] as const
export const ZReviewedCollectionSchema = z.enum(REVIEWED_COLLECTIONS)
/** The reviewed collections whose records cite sources (every one but sources). */
export const CITING_COLLECTIONS = ['trips', ...REFERENCE_COLLECTIONS] as const
export type TCitingCollection = (typeof CITING_COLLECTIONS)[number]
export type TReviewedCollection = z.infer<typeof ZReviewedCollectionSchema>

export const isReferenceCollection = (collection: string): collection is TReferenceCollection =>
  (REFERENCE_COLLECTIONS as readonly string[]).includes(collection)

/** How editors call a reviewed record, and the field that names it (its title in lists and messages). */
export const REVIEWED_RECORD: Record<TReviewedCollection, { noun: string; titleField: 'title' | 'name' }> = {
  trips: { noun: 'trip', titleField: 'title' },
  sources: { noun: 'source', titleField: 'title' },
  leaders: { noun: 'leader', titleField: 'name' },
  polities: { noun: 'polity', titleField: 'name' },
  places: { noun: 'place', titleField: 'name' },
  people: { noun: 'person', titleField: 'name' },
}

/** The name of a reviewed record, whichever field holds it. */
export const recordTitle = (collection: TReviewedCollection, doc: object) =>
  String((doc as Record<string, unknown>)[REVIEWED_RECORD[collection].titleField] ?? '')

/** `options` for a Payload select field: each value with its words. */
export const selectOptions = <TValue extends string>(values: readonly TValue[], labels: Record<TValue, string>) =>
  values.map((value) => ({ value, label: labels[value] }))
