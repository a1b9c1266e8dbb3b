import { ZPartialDateSchema, type TPartialDate } from '@itinera/contracts/partial-date'

export interface TDateRange {
  start: TPartialDate
  /** Null for a single day or a single month. */
  end: TPartialDate | null
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH_NAME = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`
const monthNumber = (name: string) => {
  const key = name.toLowerCase().replace('.', '').slice(0, 3)
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1
}

const DASH = '\\s*[-–—]\\s*'
const CIRCA = '(c\\.|ca\\.|circa)?\\s*'
/** Forms a trip list uses, longest first; each returns [start, end] partial dates. */
const FORMS: {
  pattern: RegExp
  /** The start's year is not written: it is the end's (or the year before, when its month comes later). */
  startYearFromEnd?: true | ((m: RegExpMatchArray) => boolean)
  read: (m: RegExpMatchArray) => [Partial<TPartialDate>, Partial<TPartialDate> | null]
}[] = [
  // 28 November 1958 - 2 January 1959
  {
    pattern: new RegExp(`^(\\d{1,2}) ${MONTH_NAME} (\\d{4})${DASH}(\\d{1,2}) ${MONTH_NAME} (\\d{4})`, 'i'),
    read: (m) => [
      { day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]! },
      { day: +m[4]!, month: monthNumber(m[5]!), year: +m[6]! },
    ],
  },
  // 28 November - 2 December 1958
  {
    pattern: new RegExp(`^(\\d{1,2}) ${MONTH_NAME}${DASH}(\\d{1,2}) ${MONTH_NAME} (\\d{4})`, 'i'),
    startYearFromEnd: true,
    read: (m) => [
      { day: +m[1]!, month: monthNumber(m[2]!), year: +m[5]! },
      { day: +m[3]!, month: monthNumber(m[4]!), year: +m[5]! },
    ],
  },
  // 3-25 March 1949
  {
    pattern: new RegExp(`^(\\d{1,2})${DASH}(\\d{1,2}) ${MONTH_NAME} (\\d{4})`, 'i'),
    read: (m) => [
      { day: +m[1]!, month: monthNumber(m[3]!), year: +m[4]! },
      { day: +m[2]!, month: monthNumber(m[3]!), year: +m[4]! },
    ],
  },
  // 1 October 1959
  {
    pattern: new RegExp(`^(\\d{1,2}) ${MONTH_NAME} (\\d{4})`, 'i'),
    read: (m) => [{ day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]! }, null],
  },
  // May-June 1975, December 1958 - January 1959
  {
    pattern: new RegExp(`^${MONTH_NAME}(?: (\\d{4}))?${DASH}${MONTH_NAME} (\\d{4})`, 'i'),
    startYearFromEnd: (m) => !m[2],
    read: (m) => [
      { month: monthNumber(m[1]!), year: m[2] ? +m[2] : +m[4]! },
      { month: monthNumber(m[3]!), year: +m[4]! },
    ],
  },
  // March 26, 2018 (US style)
  {
    pattern: new RegExp(`^${MONTH_NAME} (\\d{1,2}),? (\\d{4})`, 'i'),
    read: (m) => [{ day: +m[2]!, month: monthNumber(m[1]!), year: +m[3]! }, null],
  },
  // November 1964
  {
    pattern: new RegExp(`^${MONTH_NAME} (\\d{4})`, 'i'),
    read: (m) => [{ month: monthNumber(m[1]!), year: +m[2]! }, null],
  },
  // 1966-1968, 1966
  { pattern: new RegExp(`^(\\d{4})${DASH}(\\d{4})`), read: (m) => [{ year: +m[1]! }, { year: +m[2]! }] },
  { pattern: /^(\d{4})(?!\d)/, read: (m) => [{ year: +m[1]! }, null] },
  // ISO: 2018-03-25 / 2018-03-28
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:\s*\/\s*(\d{4})-(\d{2})-(\d{2}))?/,
    read: (m) => [
      { year: +m[1]!, month: +m[2]!, day: +m[3]! },
      m[4] ? { year: +m[4], month: +m[5]!, day: +m[6]! } : null,
    ],
  },
]

export interface TParsedDateRange extends TDateRange {
  /** The characters the date took at the start of the text. */
  length: number
  /** The start is in another month than the end and its year was not written but inferred from the end's. */
  startYearInferred: boolean
}

/**
 * Reads the date range a trip-list row starts with ("3-25 March 1949", "28 November-2 December
 * 1958", "14 January-6 February 1959", "November 1964", "1 October 1959"). Null when the row
 * does not start with a date the list could mean, or names an impossible day.
 */
export function parseDateRange(text: string): TParsedDateRange | null {
  const trimmed = text.replace(/^\s+/, '')
  const offset = text.length - trimmed.length
  const circa = new RegExp(`^${CIRCA}`, 'i').exec(trimmed)
  const rest = trimmed.slice(circa?.[0].length ?? 0)
  const isCirca = Boolean(circa?.[1])
  // ISO dates start with four digits: try them before the bare-year forms.
  const forms = /^\d{4}-\d{2}-\d{2}/.test(rest) ? [FORMS[FORMS.length - 1]!] : FORMS
  for (const { pattern, read, startYearFromEnd } of forms) {
    const match = rest.match(pattern)
    if (!match) continue
    const parts = read(match)
    const startYearInferred =
      typeof startYearFromEnd === 'function' ? startYearFromEnd(match) : Boolean(startYearFromEnd)
    // "December-January 1959", "28 December-3 January 1959": the start is in the year before the end.
    if (startYearInferred && parts[1] && parts[0].month! > parts[1].month!) parts[0].year = parts[1].year! - 1
    const [start, end] = parts.map((date) =>
      date ? ZPartialDateSchema.safeParse({ month: null, day: null, ...date, circa: isCirca }) : null,
    )
    if (!start?.success || (end && !end.success)) return null
    return {
      start: start.data,
      end: end?.data ?? null,
      length: offset + (circa?.[0].length ?? 0) + match[0].length,
      startYearInferred,
    }
  }
  return null
}
