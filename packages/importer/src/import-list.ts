import { endOf, startOf } from '@itinera/contracts/partial-date'
import { PEOPLE, PLACES, POLITIES } from './gazetteer'
import { ImportFileError } from './import-file-error'
import type { TParsedList } from './list-row'
import type { TNameIndex } from './name-index'
import { parseReferences, type TParsedReference } from './parse-references'
import { parseTripListCsv } from './parse-trip-list-csv'
import { parseTripListHtml } from './parse-trip-list-html'
import { parseTripListText } from './parse-trip-list-text'
import { planImport, type TCertainty, type TImportPlan, type TPlanOptions } from './plan-import'

export type TListFormat = 'text' | 'html' | 'csv'

export const MAX_LIST_BYTES = 5 * 1024 * 1024

/** Guesses the format from the file name, else from the content. */
export function detectFormat(text: string, fileName?: string): TListFormat {
  const extension = fileName?.toLowerCase().match(/\.(html?|csv|txt)$/)?.[1]
  if (extension) return extension.startsWith('htm') ? 'html' : extension === 'csv' ? 'csv' : 'text'
  if (/<table[\s>]/i.test(text)) return 'html'
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  return /^"?date/i.test(firstLine) && firstLine.includes(',') ? 'csv' : 'text'
}

/** Refuses what is not a readable text list before any parsing: size, binary content, broken encoding. */
function checkReadable(text: string) {
  if (Buffer.byteLength(text, 'utf8') > MAX_LIST_BYTES)
    throw new ImportFileError(1, `the file is larger than ${MAX_LIST_BYTES / 1024 / 1024} MB; split it.`)
  const lines = text.split(/\r?\n/)
  lines.forEach((line, at) => {
    if (line.includes('\u0000'))
      throw new ImportFileError(at + 1, 'binary content (NUL byte): this is not a text file.')
    if (line.includes('\uFFFD'))
      throw new ImportFileError(at + 1, 'characters that are not valid UTF-8: save the file as UTF-8 and try again.')
  })
}

export function parseList(text: string, format: TListFormat): { list: TParsedList; references: TParsedReference[] } {
  checkReadable(text)
  const list =
    format === 'html' ? parseTripListHtml(text) : format === 'csv' ? parseTripListCsv(text) : parseTripListText(text)
  if (!list.rows.length && !list.rumors.length) {
    throw new ImportFileError(
      list.unreadableRows[0]?.line ?? 1,
      'no trip rows found: each row must start with its date, e.g. "3-25 March 1949".',
    )
  }
  const references =
    format === 'text' && list.referencesFrom
      ? parseReferences(text, list.referencesFrom).references
      : (list.references ?? [])
  return { list, references }
}

/** Parses and plans a list in one step. */
export function planList(text: string, format: TListFormat, options: TPlanOptions): TImportPlan {
  const { list, references } = parseList(text, format)
  return planImport(list, references, options)
}

/** The gazetteer as a name index: what a dry run resolves against without a database. */
export function gazetteerIndex(): TNameIndex {
  return {
    polities: POLITIES.map((polity) => ({ ...polity, key: polity.slug })),
    places: PLACES.map((place) => ({ ...place, key: place.slug })),
    people: PEOPLE.map((person) => ({ ...person, key: person.slug })),
    titles: [...new Set(PEOPLE.flatMap((person) => person.offices.map((office) => office.title)))],
  }
}

/** The documented `--dry-run --json` document (README, "Importing a trip list"). */
export interface TDryRunJson {
  trips: {
    certainty: TCertainty
    stops: {
      start: string
      end: string
      precision: 'day' | 'month' | 'year'
      polity: string | null
      polityInferred: boolean
      places: string[]
      people: { name: string; title: string | null }[]
      details: string | null
      refs: number[]
    }[]
  }[]
  sources: {
    ref: number
    kind: string
    title: string
    isbn: string | null
    url: string | null
    urlStatus: string | null
  }[]
  warnings: { line: number; code: string; message: string }[]
}

export function toDryRunJson(plan: TImportPlan): TDryRunJson {
  return {
    trips: plan.trips.map((trip) => ({
      certainty: trip.certainty,
      stops: trip.stops.map((stop) => ({
        start: startOf(stop.start),
        end: endOf(stop.end ?? stop.start),
        precision: stop.precision,
        polity: stop.polity?.name ?? null,
        polityInferred: stop.polityInferred,
        places: stop.places.map((place) => place.name),
        people: stop.people.map((person) => ({ name: person.name, title: person.title })),
        details: stop.details?.text ?? null,
        refs: stop.refs,
      })),
    })),
    sources: plan.sources.map((source) => ({
      ref: source.ref,
      kind: source.kind,
      title: source.title,
      isbn: source.isbn,
      url: source.url,
      urlStatus: source.urlStatus,
    })),
    warnings: plan.warnings.map(({ line, code, message }) => ({ line, code, message })),
  }
}
