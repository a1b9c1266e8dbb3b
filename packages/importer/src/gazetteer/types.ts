import type { TPartialDate } from '@itinera/contracts/partial-date'

/** A date as precise as known; `circa` defaults to false. */
export type TGazetteerDate = Omit<TPartialDate, 'circa'> & { circa?: boolean }

/**
 * Reference data the importer resolves names against when no database is at hand (dry runs)
 * and the seed loads into the polities, places and people collections. Slugs are the join keys.
 */
export interface TGazetteerPolity {
  /** kebab-case English name, e.g. "soviet-union", "east-germany". */
  slug: string
  /** As the polity was commonly called in English at the time, e.g. "Soviet Union". */
  name: string
  officialName?: string
  /** Other names and romanizations a list may use: "USSR", "GDR", "DPRK", "Czechia"… */
  alternateNames: string[]
  validFrom?: TGazetteerDate
  /** Absent while it still exists. */
  validTo?: TGazetteerDate
  /** ISO 3166-1 alpha-2 codes of the modern state(s) on its territory. */
  modernIsoCodes: string[]
  /** Slugs of polities that followed it (e.g. soviet-union → russia, belarus…). */
  successors?: string[]
  /** The official names it bore, each for its period, with where each was read. */
  namesByPeriod?: TGazetteerPeriodName[]
  /** Where the official name and the validity dates were read (gazetteer source keys). */
  cite?: { officialName?: TGazetteerCitation[]; validity?: TGazetteerCitation[] }
}

/** A source of reference facts no seed document gives; loaded with the gazetteer, found again by its URL. */
export interface TGazetteerSource {
  /** Stable key citations name, e.g. "ref-kim-il-sung". */
  key: string
  kind: 'web_page' | 'news_article'
  sourceClass: 'tertiary' | 'news' | 'scholarship' | 'host_government'
  title: string
  authors?: string[]
  date?: TGazetteerDate
  publisher: string
  language: string
  url: string
  /** ISO date YYYY-MM-DD. */
  accessDate: string
}

/** A citation of a reference fact: a source key (TGazetteerSource or seed source) and where in it. */
export interface TGazetteerCitation {
  source: string
  locator?: { page?: string; paragraph?: string; footnote?: string }
  note?: string
}

/** An official name for a period: "People's Republic of Bulgaria" from 1946 to 1990. */
export interface TGazetteerPeriodName {
  name: string
  from?: TGazetteerDate
  /** Absent while it is still the name. */
  to?: TGazetteerDate
  cite: TGazetteerCitation[]
}

export interface TGazetteerPlace {
  /** kebab-case, e.g. "moscow", "east-berlin", "brdo-pri-kranju". */
  slug: string
  name: string
  alternateNames: string[]
  kind: 'city' | 'site' | 'region' | 'vessel' | 'other'
  /** Slug of the polity it belonged to at the time of the visits (a TGazetteerPolity). */
  polity: string
  /** ISO 3166-1 alpha-2 code of the state it lies in today (Minsk: BY); absent for a vessel. */
  todayIsoCode?: string
  /** Absent where no source places it (a map shows no point then). */
  latitude?: number
  longitude?: number
}

export interface TGazetteerOffice {
  /** e.g. "First Secretary of the Communist Party of the Soviet Union". */
  title: string
  /** Slug of the polity, when the office is a state or party office of one. */
  polity?: string
  from?: TGazetteerDate
  to?: TGazetteerDate
  /** Where the office and its dates were read. */
  cite?: TGazetteerCitation[]
}

export interface TGazetteerPerson {
  /** kebab-case, e.g. "nikita-khrushchev". */
  slug: string
  /** Common English form, e.g. "Nikita Khrushchev". */
  name: string
  /** In the original script, e.g. "Никита Хрущёв". */
  nativeName?: string
  /** Other spellings and romanizations: "Mao Tse-tung", "Ho Chi Minh"… */
  alternateNames: string[]
  /** Offices relevant to the visits, with dates, so "held no office on that date" can be checked. */
  offices: TGazetteerOffice[]
}
