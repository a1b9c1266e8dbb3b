import type {
  TCertainty,
  TSourceClass,
  TSourceKind,
  TTransportMode,
  TTripKind,
  TUrlStatus,
} from '@itinera/contracts/domain'
import type { TGazetteerDate } from '@itinera/importer/gazetteer'

/**
 * The seed dataset in structured form: facts only, every summary and detail in our own
 * words. Sources, polities, places and people are referred to by key/slug.
 */

/** A citation of one fact: which source and where in it. No quotes copied from the seed documents. */
export interface TSeedCitation {
  /** A TSeedSource key. */
  source: string
  locator?: { page?: string; folio?: string; paragraph?: string; footnote?: string }
  note?: string
}

export interface TSeedSource {
  /** Stable key, e.g. "wiki-kis-list", "wiki-kis-ref-17", "wilson-1950-05-13-roshchin". */
  key: string
  kind: TSourceKind
  sourceClass: TSourceClass
  title: string
  authors?: string[]
  date?: TGazetteerDate
  /** Publisher, outlet or issuing body (a journal's or newspaper's title). */
  publisher?: string
  /** A numbered series, e.g. "NKIDP Working Paper #7". */
  series?: string
  /** The book or collection a chapter or excerpt appeared in. */
  publishedIn?: string
  volume?: string
  issue?: string
  /** Pages or leaves. */
  pages?: string
  /** Place of publication. */
  place?: string
  /** BCP 47. */
  language?: string
  translator?: string
  url?: string
  urlStatus?: TUrlStatus
  archiveUrl?: string
  /** ISO date YYYY-MM-DD. */
  archiveDate?: string
  accessDate?: string
  repository?: string
  archiveCollection?: string
  obtainedBy?: string
  identifiers?: { isbn?: string; doi?: string; callNumber?: string; recordId?: string }
  /** In our own words. */
  summary?: string
  rights?: string
}

export interface TSeedStop {
  /** Stable key within the trip, e.g. "moscow-1949". Used as the stop's row id. */
  key: string
  /** Polity slug; absent when the source names none (kept as a data-quality warning). */
  polity?: string
  places: string[]
  start: TGazetteerDate
  end?: TGazetteerDate
  meetings: { person: string; title?: string; cite: TSeedCitation[] }[]
  /** Each detail in our own words. */
  details: { text: string; cite: TSeedCitation[] }[]
  alternativeDates?: { start: TGazetteerDate; end?: TGazetteerDate; note?: string; cite: TSeedCitation[] }[]
  cite: { dates: TSeedCitation[]; polity?: TSeedCitation[]; places?: TSeedCitation[] }
}

export interface TSeedTrip {
  /** Also the trip's URL slug, e.g. "1949-03-soviet-union". */
  slug: string
  title: string
  leader: 'kim-il-sung' | 'kim-jong-il' | 'kim-jong-un'
  kind?: TTripKind
  certainty: TCertainty
  transport?: TTransportMode[]
  /** In our own words. */
  summary: string
  stops: TSeedStop[]
  /** Citations of the trip's certainty. */
  certaintyCite: TSeedCitation[]
  /** Flaws of the source list kept visible to reviewers and readers instead of silently fixed. */
  importWarnings?: { code: string; message: string }[]
}
