import { parse } from 'csv-parse/sync'
import { ImportFileError } from './import-file-error'
import { columnOf, rowFromCells, type TListColumn } from './list-columns'
import type { TParsedList } from './list-row'
import { parseDateRange } from './parse-date-range'

/**
 * A CSV with a header row: Date(s), Country, Locations (one per line or separated by ";"),
 * Leaders met ("Title Name"), Details, Refs ("2; 3" or "[2] [3]").
 */
export function parseTripListCsv(text: string): TParsedList {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // csv-parse counts the CR and the LF of a CRLF as two lines where CRLF is not its record
    // delimiter (inside quotes, or after a first LF-only line), so later rows got the wrong line.
    records = parse(text.replace(/\r\n/g, '\n'), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      trim: true,
    }) as never
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    throw new ImportFileError(line, `not valid CSV: ${(error as Error).message}`)
  }
  const [header, ...rows] = records
  if (!header) throw new ImportFileError(1, 'the CSV is empty.')
  // The first header cell naming each column.
  const columns = header.record.map(columnOf)
  if (!columns.includes('date')) throw new ImportFileError(header.info.lines, 'no "Date" column in the header row.')
  const result: TParsedList = {
    title: null,
    rows: [],
    rumors: [],
    unreadableRows: [],
    referencesFrom: null,
    references: [],
  }
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted cell may span lines, so count back.
    const line = info.lines - record.reduce((count, cell) => count + cell.split('\n').length - 1, 0)
    const cell = (column: TListColumn) => {
      const at = columns.indexOf(column)
      return at === -1 ? '' : (record[at] ?? '').trim()
    }
    const dateText = cell('date')
    if (!dateText) continue
    if (!parseDateRange(dateText)) {
      result.unreadableRows.push({ line, text: dateText })
      continue
    }
    result.rows.push(rowFromCells(line, dateText, cell))
  }
  return result
}
