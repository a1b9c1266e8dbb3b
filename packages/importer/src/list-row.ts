import type { TParsedReference } from './parse-references'

/** One row of a trip list as written, before names are resolved: the same for text, HTML and CSV. */
export interface TListRow {
  /** 1-based line (text, CSV) or table row (HTML) where the row starts. */
  line: number
  dateText: string
  /** The country cell; in the scraped text form it runs on into the first place ("Soviet Union Moscow"). */
  countryText: string | null
  /** The country a flag icon names, when the list shows one (a hint, not a fact). */
  flagCountry: string | null
  /** Places as written, each with the reference numbers printed after it. */
  places: { name: string; refs: number[] }[]
  /** The "Leaders met" cell with its [n] markers; in the text form the details follow in the same text. */
  counterpartText: string | null
  /** The details cell with its [n] markers; null when it runs on inside `counterpartText`. */
  detailsText: string | null
  /** A row without cells to tell apart (no flags): places and event run together, with [n] markers. */
  freeText: string | null
}

/** A "According to some reports…" paragraph: rumored trips, never confirmed visits. */
export interface TRumorParagraph {
  line: number
  text: string
  refs: number[]
}

export interface TParsedList {
  title: string | null
  rows: TListRow[]
  rumors: TRumorParagraph[]
  /** Lines that look like rows but whose date could not be read. */
  unreadableRows: { line: number; text: string }[]
  /** 1-based line where the reference list starts, if there is one (text form). */
  referencesFrom: number | null
  /** References given with the list itself (HTML reference list, CSV has none). */
  references?: TParsedReference[]
}

const REF = /\[\s*(\d{1,4})\s*\]/g

/** Splits "Moscow [35] [2] text [4]" into its text and reference numbers. */
export function takeRefs(text: string): { text: string; refs: number[] } {
  const refs = [...text.matchAll(REF)].map((match) => Number(match[1]))
  return {
    text: text
      .replace(REF, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim(),
    refs,
  }
}

/** A cell's text on one line, without the punctuation left around it when a part was taken out. */
export const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.]+|[\s,;:]+$/g, '')
    .trim()

/** "Brdo pri Kranju, [26] Bled, [27] Ljubljana [29]" or one place per line; a reference belongs to the place before it. */
export function splitPlaces(text: string): { name: string; refs: number[] }[] {
  const places: { name: string; refs: number[] }[] = []
  for (const piece of text.split(/[,\n;]/)) {
    const leading = piece.match(/^\s*((?:\[\s*\d+\s*\]\s*)+)/)
    if (leading && places.length) places[places.length - 1]!.refs.push(...takeRefs(leading[1]!).refs)
    const { text: name, refs } = takeRefs(leading ? piece.slice(leading[0].length) : piece)
    if (name) places.push({ name, refs })
  }
  return places
}

// Said at the start ("According to unconfirmed reports", "Reportedly", "Allegedly"), or "rumoured" anywhere.
const RUMOR =
  /^(according to (\S+\s+){0,3}(reports|sources|accounts|rumou?rs)|it (is|was) (rumou?red|alleged|claimed)|reportedly|allegedly|(some|unconfirmed) reports)\b|\brumou?red\b/i

export const isRumorParagraph = (line: string) => RUMOR.test(line.trim())
