import { isRumorParagraph, splitPlaces, takeRefs, type TListRow, type TParsedList } from './list-row'
import { parseDateRange } from './parse-date-range'

const FLAG = /Flag of (.+?)\.(?:svg|png)/g
const TABLE_HEADER = /^Date\(?s?\)?\s*Country/i
const SECTION_HEADING =
  /^(\d{4}s?|\d{4}\s*[-–]\s*\d{4}|See also|References|Notes|Citations|Bibliography|External links|Further reading|Related Research Articles)$/i
// A row starts with something shaped like a date, even one that cannot be read ("3-35 March 1949").
const DATE_LIKE =
  /^\s*(?:c\.\s*)?(?:\d{1,2}\s*[-–—]?\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}|[A-Z][a-z]+\.?(?:\s*[-–—]\s*[A-Z][a-z]+)?\s+\d{4})/
const PROSE_LENGTH = 160

const flagName = (name: string) =>
  name
    .replace(/^the\s+/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()

/**
 * Reads the scraped text form of a Wikipedia list of trips: tables whose cells run together on
 * one line ("3-25 March 1949Flag of the Soviet Union.svg  Soviet Union Moscow Flag of … Joseph
 * Stalin [2] [3]"), rows spilling over several lines, decade headings, image captions, rumor
 * paragraphs and a numbered reference list at the end.
 */
export function parseTripListText(source: string): TParsedList {
  const lines = source.split(/\r?\n/)
  const hasHeaders = lines.some((line) => TABLE_HEADER.test(line.trim()))
  const result: TParsedList = {
    title: lines.find((line) => line.trim())?.trim() ?? null,
    rows: [],
    rumors: [],
    unreadableRows: [],
    referencesFrom: null,
  }
  let inTable = !hasHeaders
  let current: { line: number; text: string } | null = null

  const flush = () => {
    if (current) {
      const row = readRow(current.line, current.text)
      if (row) result.rows.push(row)
      else result.unreadableRows.push({ line: current.line, text: current.text.split('\n')[0]!.slice(0, 200) })
    }
    current = null
  }

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim()
    if (/^references$/i.test(line) || (/^notes$/i.test(line) && result.rows.length)) {
      flush()
      result.referencesFrom = index + 2
      break
    }
    if (TABLE_HEADER.test(line)) {
      flush()
      inTable = true
      continue
    }
    if (isRumorParagraph(line) && !DATE_LIKE.test(line)) {
      flush()
      const { text, refs } = takeRefs(line)
      result.rumors.push({ line: index + 1, text, refs })
      continue
    }
    if (SECTION_HEADING.test(line) || (line.length > PROSE_LENGTH && !FLAG.test(line) && !DATE_LIKE.test(line))) {
      FLAG.lastIndex = 0
      flush()
      if (hasHeaders) inTable = false
      continue
    }
    FLAG.lastIndex = 0
    if (!inTable) continue
    if (DATE_LIKE.test(line)) {
      flush()
      current = { line: index + 1, text: lines[index]! }
    } else if (current) {
      current.text += `\n${lines[index]!}`
    }
  }
  flush()
  return result
}

function readRow(line: number, text: string): TListRow | null {
  const date = parseDateRange(text)
  if (!date) return null
  const rest = text.slice(date.length)
  const flags = [...rest.matchAll(FLAG)]
  const row: TListRow = {
    line,
    dateText: text.slice(0, date.length).trim(),
    countryText: null,
    flagCountry: flags[0] ? flagName(flags[0][1]!) : null,
    places: [],
    counterpartText: null,
    detailsText: null,
    freeText: null,
  }
  const [first, second] = flags
  if (!first) {
    row.freeText = rest.trim() || null
    return row
  }
  const before = rest.slice(0, first.index).trim()
  const afterFirst = rest.slice(first.index! + first[0].length)
  if (before) {
    // "2-12 June 1983 Beijing Flag of … General Secretary …": no country cell (it spanned from the row above).
    row.places = splitPlaces(before)
    row.counterpartText = afterFirst.trim() || null
    return row
  }
  const cell = second ? rest.slice(first.index! + first[0].length, second.index) : afterFirst
  const [countryLine = '', ...placeLines] = cell.trim().split('\n')
  row.countryText = countryLine.trim() || null
  row.places = splitPlaces(placeLines.join('\n'))
  row.counterpartText = second ? rest.slice(second.index! + second[0].length).trim() || null : null
  return row
}
