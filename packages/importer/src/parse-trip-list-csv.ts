import { parse } from 'csv-parse/sync'
import { splitPlaces, takeRefs, type TListRow, type TParsedList } from './list-row'
import { ImportFileError } from './import-file-error'
import { parseDateRange } from './parse-date-range'

const HEADERS: [RegExp, keyof TCsvColumns][] = [
  [/^date/i, 'date'],
  [/^(country|state|nation|polity)/i, 'country'],
  [/^(location|place|cit(y|ies))/i, 'places'],
  [/^(leaders? met|counterparts?|people|met with|host)/i, 'counterpart'],
  [/^(details|notes?|purpose|remarks)/i, 'details'],
  [/^(refs?|references?|sources?)$/i, 'refs'],
]
interface TCsvColumns {
  date: number
  country: number
  places: number
  counterpart: number
  details: number
  refs: number
}

/**
 * A CSV with a header row: Date(s), Country, Locations (one per line or separated by ";"),
 * Leaders met ("Title Name"), Details, Refs ("2; 3" or "[2] [3]").
 */
export function parseTripListCsv(text: string): TParsedList {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // csv-parse counts the CR and the LF of a CRLF as two lines where CRLF is not its record
    // delimiter (inside quotes, or after a first LF-only line), so later rows got the wrong line.
    records = parse(text.replace(/\r\n/g, '\n'), { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as never
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    throw new ImportFileError(line, `not valid CSV: ${(error as Error).message}`)
  }
  const [header, ...rows] = records
  if (!header) throw new ImportFileError(1, 'the CSV is empty.')
  const columns = Object.fromEntries(
    HEADERS.map(([pattern, name]) => [name, header.record.findIndex((cell) => pattern.test(cell.trim()))]),
  ) as unknown as TCsvColumns
  if (columns.date === -1) throw new ImportFileError(header.info.lines, 'no "Date" column in the header row.')
  const result: TParsedList = { title: null, rows: [], rumors: [], unreadableRows: [], referencesFrom: null, references: [] }
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted cell may span lines, so count back.
    const line = info.lines - record.reduce((count, cell) => count + cell.split('\n').length - 1, 0)
    const cell = (column: number) => (column === -1 ? '' : (record[column] ?? '').trim())
    const dateText = cell(columns.date)
    if (!dateText) continue
    if (!parseDateRange(dateText)) {
      result.unreadableRows.push({ line, text: dateText })
      continue
    }
    const refs = cell(columns.refs)
    const row: TListRow = {
      line,
      dateText,
      countryText: takeRefs(cell(columns.country)).text || null,
      flagCountry: null,
      places: splitPlaces(cell(columns.places)),
      counterpartText: cell(columns.counterpart) || null,
      detailsText: [cell(columns.details), refs && !refs.includes('[') ? refs.replace(/(\d+)/g, '[$1]') : refs].filter(Boolean).join(' ') || null,
      freeText: null,
    }
    result.rows.push(row)
  }
  return result
}
