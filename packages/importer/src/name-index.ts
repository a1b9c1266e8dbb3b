import { endOf, startOf, type TPartialDate } from '@itinera/contracts/partial-date'
import type { TGazetteerDate } from './gazetteer/types'

/** A record names resolve to; `key` is its slug. */
export interface TNamed {
  key: string
  name: string
  alternateNames: string[]
}
export interface TIndexPolity extends TNamed {
  validFrom?: TGazetteerDate | null
  validTo?: TGazetteerDate | null
}
export interface TIndexPlace extends TNamed {
  /** Key of the polity it belonged to at the time. */
  polity?: string | null
}

/** What the importer resolves names against: the gazetteer in a dry run, the database otherwise. */
export interface TNameIndex {
  polities: TIndexPolity[]
  places: TIndexPlace[]
  people: TNamed[]
  /** Office titles known to be printed before a name ("State Councilor"), to tell a title from the name after it. */
  titles?: string[]
}

/** Case- and accent-insensitive, one character for one, so positions map back to the original text. */
export function fold(text: string): string {
  let folded = ''
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    folded +=
      plain.length === char.length ? plain : char.toLowerCase().length === char.length ? char.toLowerCase() : char
  }
  return folded.replace(/[’‘]/g, "'")
}

const namesOf = (entry: TNamed) => [entry.name, ...entry.alternateNames].filter(Boolean)
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)

export interface TNameMatch<T> {
  entry: T
  index: number
  length: number
}

/** Every place in `text` where a name of an entry occurs as whole words; longest first at each position. */
export function findNames<T extends TNamed>(text: string, entries: T[]): TNameMatch<T>[] {
  const haystack = fold(text)
  const matches: TNameMatch<T>[] = []
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const needle = fold(name)
      if (!needle) continue
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) {
          matches.push({ entry, index: at, length: needle.length })
        }
      }
    }
  }
  return matches.sort((a, b) => a.index - b.index || b.length - a.length)
}

/** The longest name at the very start of `text` (after spaces and punctuation). */
export function nameAtStart<T extends TNamed>(text: string, entries: T[]): TNameMatch<T> | null {
  const offset = text.length - text.replace(/^[\s,;:]+/, '').length
  return findNames(text, entries).find((match) => match.index === offset) ?? null
}

/** Exact (folded) name or alternate name. */
export function findByName<T extends TNamed>(name: string, entries: T[]): T[] {
  const needle = fold(name.trim())
  return entries.filter((entry) => namesOf(entry).some((candidate) => fold(candidate) === needle))
}

/**
 * Of polities sharing a name ("Mongolia"), the one that existed on `date`. `strict`: none when
 * none existed then, for weaker signals such as a flag, which outlives its state (the Czech
 * Republic flies Czechoslovakia's).
 */
export function existingOn<T extends TIndexPolity>(
  candidates: T[],
  date: TPartialDate | null,
  { strict = false } = {},
): T | null {
  if (!date || (candidates.length <= 1 && !strict)) return candidates[0] ?? null
  const day = startOf(date)
  const valid = candidates.filter(
    (polity) =>
      (!polity.validFrom || startOf({ circa: false, ...polity.validFrom }) <= day) &&
      (!polity.validTo || endOf({ circa: false, ...polity.validTo }) >= day),
  )
  return valid[0] ?? (strict ? null : (candidates[0] ?? null))
}
