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
}

export interface TGazetteerPlace {
  /** kebab-case, e.g. "moscow", "east-berlin", "brdo-pri-kranju". */
  slug: string
  name: string
  alternateNames: string[]
  kind: 'city' | 'site' | 'region' | 'vessel' | 'other'
  /** Slug of the polity it belonged to at the time of the visits (a TGazetteerPolity). */
  polity: string
  latitude: number
  longitude: number
}

export interface TGazetteerOffice {
  /** e.g. "First Secretary of the Communist Party of the Soviet Union". */
  title: string
  /** Slug of the polity, when the office is a state or party office of one. */
  polity?: string
  from?: TGazetteerDate
  to?: TGazetteerDate
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
