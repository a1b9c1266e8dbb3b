import { formatLocator } from '@itinera/contracts/locator'
import type { TPublicTrip } from '@itinera/contracts/schemas'

type TCitation = TPublicTrip['citations'][number]

export interface TFootnoteUse {
  /** "a", "b"… — which use of the source this is, for the back-links. */
  letter: string
  citation: TCitation
  /** The marker's id in the text (`cite-ref-…`), what the back-link points to. */
  refId: string
}

export interface TFootnote {
  number: number
  /** The note's id (`cite-note-n`), what each marker links to. */
  id: string
  source: TCitation['source']
  uses: TFootnoteUse[]
}

export interface TFootnoteMarker {
  number: number
  letter: string
  refId: string
  noteId: string
  /** Source title and locator: a hover preview without JavaScript (the link's title). */
  preview: string
}

/** What some uses of a row add beyond its locator: a quote, its translation, a note. */
export interface TFootnoteUseDetail {
  letters: string[]
  quote: string | null
  quoteLanguage: string | null
  translation: string | null
  note: string | null
}

/**
 * One row of a note: the uses citing the source at one locator, checked the same day by the same
 * person (or not checked), their letters, and what any of them adds (`details`, each with the
 * letters of the uses it belongs to; uses adding nothing have none).
 */
export interface TFootnoteDetail {
  letters: string[]
  /** The row's first use: its locator and check stand for the row. */
  citation: TCitation
  details: TFootnoteUseDetail[]
}

const letterOf = (index: number): string =>
  index < 26 ? String.fromCharCode(97 + index) : `${letterOf(Math.floor(index / 26) - 1)}${letterOf(index % 26)}`

/**
 * Wikipedia-style footnotes for one page: sources numbered in the order the page first cites
 * them, one note per source however often it is cited, each use a lettered back-link with its
 * own locator. `factOrder` is the order facts appear on the page.
 */
export function buildFootnotes(citations: TCitation[], factOrder: string[]) {
  const position = new Map(factOrder.map((fact, index) => [fact, index]))
  const ordered = citations
    .map((citation, index) => ({ citation, index }))
    .sort(
      (a, b) =>
        (position.get(a.citation.fact) ?? Infinity) - (position.get(b.citation.fact) ?? Infinity) || a.index - b.index,
    )
  const notes: TFootnote[] = []
  const bySource = new Map<number, TFootnote>()
  const markers = new Map<string, TFootnoteMarker[]>()
  for (const { citation } of ordered) {
    let note = bySource.get(citation.source.id)
    if (!note) {
      note = { number: notes.length + 1, id: `cite-note-${notes.length + 1}`, source: citation.source, uses: [] }
      notes.push(note)
      bySource.set(citation.source.id, note)
    }
    const letter = letterOf(note.uses.length)
    const list = markers.get(citation.fact) ?? []
    // One marker per source per fact, as a reader expects ([1][3], not [1][1]); a second use on
    // the same fact links back to that marker.
    const shown = list.find((marker) => marker.number === note.number)
    const refId = shown?.refId ?? `cite-ref-${note.number}-${letter}`
    note.uses.push({ letter, citation, refId })
    const locator = formatLocator(citation.locator)
    const preview = locator ? `${citation.source.title}, ${locator}` : citation.source.title
    if (!shown) list.push({ number: note.number, letter, refId, noteId: note.id, preview })
    markers.set(citation.fact, list)
  }
  return { notes, markersFor: (fact: string) => markers.get(fact) ?? [] }
}

const detailKey = (detail: Omit<TFootnoteUseDetail, 'letters'>) =>
  JSON.stringify([detail.quote, detail.quoteLanguage, detail.translation, detail.note])

/**
 * A note's rows: uses with the same locator and the same check (its day and who) share one row
 * with all their letters ("a, b, c: n. 4"), as Wikipedia groups a named reference; what a use adds
 * (quote, translation, note) is listed in its row, once for the uses adding the same. Uses with no
 * locator, no detail and no check have no row.
 */
export function footnoteDetails(note: TFootnote): TFootnoteDetail[] {
  const rows = new Map<string, TFootnoteDetail>()
  for (const { letter, citation } of note.uses) {
    const locator = formatLocator(citation.locator)
    const checkedOn = citation.checkedOn?.slice(0, 10) ?? null
    const hasDetail = Boolean(citation.quote || citation.translation || citation.note)
    if (!locator && !hasDetail && !checkedOn) continue
    const key = JSON.stringify([locator, checkedOn, checkedOn ? citation.checkedBy : null])
    let row = rows.get(key)
    if (!row) rows.set(key, (row = { letters: [], citation, details: [] }))
    row.letters.push(letter)
    if (!hasDetail) continue
    const detail = {
      quote: citation.quote ?? null,
      quoteLanguage: citation.quote ? (citation.quoteLanguage ?? null) : null,
      translation: citation.translation ?? null,
      note: citation.note ?? null,
    }
    const same = row.details.find((known) => detailKey(known) === detailKey(detail))
    if (same) same.letters.push(letter)
    else row.details.push({ letters: [letter], ...detail })
  }
  return [...rows.values()]
}
