import { z } from 'zod'

/**
 * A date known to the day, the month or only the year, possibly approximate ("c. 1966").
 * Sources rarely give more than they know; the record must not pretend otherwise.
 */
export const ZPartialDateSchema = z
  .object({
    year: z.number().int().min(1800, 'Year before 1800').max(2200, 'Year after 2200'),
    month: z.number().int().min(1, 'Month 1–12').max(12, 'Month 1–12').nullish(),
    day: z.number().int().min(1, 'Day 1–31').max(31, 'Day 1–31').nullish(),
    circa: z.boolean().default(false),
  })
  .superRefine((date, ctx) => {
    if (date.day != null && date.month == null) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'A day needs its month' })
    } else if (date.day != null && date.month != null && date.day > daysInMonth(date.year, date.month)) {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message: `${monthName(date.month)} ${date.year} has ${daysInMonth(date.year, date.month)} days`,
      })
    }
  })
export type TPartialDate = z.infer<typeof ZPartialDateSchema>

export type TDatePrecision = 'day' | 'month' | 'year'

export const precisionOf = (date: TPartialDate): TDatePrecision =>
  date.day != null ? 'day' : date.month != null ? 'month' : 'year'

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
export const monthName = (month: number) => MONTHS.format(new Date(Date.UTC(2000, month - 1, 1)))

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** First day the date can mean, as YYYY-MM-DD: sorts partial dates chronologically. */
export function startOf(date: TPartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`
}

/** Last day the date can mean, as YYYY-MM-DD ("November 1964" ends on the 30th). */
export function endOf(date: TPartialDate): string {
  const month = date.month ?? 12
  return `${pad(date.year, 4)}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`
}

/** The two sort days of a span: its first possible day, and the last possible day of its end. */
export interface TSortDays {
  /** YYYY-MM-DD, or null for an undated span. */
  start: string | null
  end: string | null
}

/**
 * The sort days of a span of partial dates: the earliest day its start can mean (`startOf`), and
 * the latest day its end can mean (`endOf` of the end, or of the start when there is no end).
 * These are exactly the days a trip stores as `startsOn` and `endsOn` (deriveTripSpan).
 */
export function sortDays(start: TPartialDate | null | undefined, end?: TPartialDate | null): TSortDays {
  const last = end ?? start
  return { start: start ? startOf(start) : null, end: last ? endOf(last) : null }
}

/**
 * How spans of partial dates are ordered, everywhere trips are listed: by the earliest day the
 * start can mean, then by the latest day the end can mean (of two starting together, the shorter
 * first); undated last. The reader's SQL orders by the same two days (`t.starts_on, t.ends_on`,
 * CHRONOLOGICAL in apps/cms/src/readerQueries/shownTrips.ts) and must agree with this.
 *
 * A date only known to the month is placed at the first day it can mean: "June 2018" (1–30 June)
 * sorts before "10–12 June 2018", as nothing in the date says it fell later. The order is only as
 * good as the dates: Kim Jong Un's third China trip sorted before the Singapore summit while it was
 * recorded as "June 2018"; its sources give 19–20 June, and recorded so it sorts after. A rule that
 * guessed (a midpoint, the end first) would misplace every coarse date that fell early in its range.
 */
export function compareSortDays(a: TSortDays, b: TSortDays): number {
  const byDay = (x: string | null, y: string | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1
  return byDay(a.start, b.start) || byDay(a.end, b.end)
}

/** `compareSortDays` for two spans of partial dates. */
export const compareDateSpans = (
  a: { start: TPartialDate | null | undefined; end?: TPartialDate | null },
  b: { start: TPartialDate | null | undefined; end?: TPartialDate | null },
) => compareSortDays(sortDays(a.start, a.end), sortDays(b.start, b.end))

/** "1964", "November 1964", "3 March 1949", "c. 1966". */
export function formatPartialDate(date: TPartialDate): string {
  const parts = [date.day, date.month != null ? monthName(date.month) : null, date.year].filter((part) => part != null)
  return `${date.circa ? 'c. ' : ''}${parts.join(' ')}`
}

const EN_DASH = '–'

/**
 * A span of two partial dates, sharing what the two ends share:
 * "3–25 March 1949", "28 September – 5 October 1954", "May–June 1975", "1966–1968".
 */
export function formatDateRange(start: TPartialDate, end: TPartialDate | null | undefined): string {
  if (!end || (startOf(start) === startOf(end) && endOf(start) === endOf(end) && start.circa === end.circa)) {
    return formatPartialDate(start)
  }
  const precision = precisionOf(start)
  if (precision !== precisionOf(end) || start.circa || end.circa) {
    return `${formatPartialDate(start)} ${EN_DASH} ${formatPartialDate(end)}`
  }
  const sameYear = start.year === end.year
  if (precision === 'year') return `${start.year}${EN_DASH}${end.year}`
  if (precision === 'month') {
    return sameYear
      ? `${monthName(start.month!)}${EN_DASH}${monthName(end.month!)} ${end.year}`
      : `${formatPartialDate(start)} ${EN_DASH} ${formatPartialDate(end)}`
  }
  if (sameYear && start.month === end.month)
    return `${start.day}${EN_DASH}${end.day} ${monthName(end.month!)} ${end.year}`
  if (sameYear) return `${start.day} ${monthName(start.month!)} ${EN_DASH} ${formatPartialDate(end)}`
  return `${formatPartialDate(start)} ${EN_DASH} ${formatPartialDate(end)}`
}

/** A partial date as a record stores it: a group of nullable fields. */
export type TStoredPartialDate =
  { year?: number | null; month?: number | null; day?: number | null; circa?: boolean | null } | null | undefined

/** A stored partial date, or null when it has no year. */
export function storedPartialDate(stored: TStoredPartialDate): TPartialDate | null {
  return stored?.year != null
    ? { year: stored.year, month: stored.month ?? null, day: stored.day ?? null, circa: Boolean(stored.circa) }
    : null
}

/** A trip's span as lists show it: its first stop's start to its last stop's end (or start). */
export function tripSpan(stops: readonly { start?: TStoredPartialDate; end?: TStoredPartialDate }[]) {
  const last = stops.at(-1)
  return {
    start: storedPartialDate(stops[0]?.start),
    end: storedPartialDate(last?.end) ?? storedPartialDate(last?.start),
  }
}
