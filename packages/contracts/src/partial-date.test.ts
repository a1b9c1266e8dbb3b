import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareDateSpans,
  compareSortDays,
  daysInMonth,
  endOf,
  formatDateRange,
  formatPartialDate,
  precisionOf,
  sortDays,
  startOf,
  tripSpan,
  ZPartialDateSchema,
  type TPartialDate,
} from './partial-date'

const d = (year: number, month?: number, day?: number, circa = false): TPartialDate => ({ year, month, day, circa })

describe('formatPartialDate', () => {
  it.each([
    [d(1964), '1964'],
    [d(1964, 11), 'November 1964'],
    [d(1949, 3, 3), '3 March 1949'],
    [d(1966, undefined, undefined, true), 'c. 1966'],
    [d(1950, 5, 13, true), 'c. 13 May 1950'],
  ])('should render %j as %s', (date, text) => {
    expect(formatPartialDate(date)).toBe(text)
  })
})

describe('formatDateRange', () => {
  it.each([
    [d(1949, 3, 3), d(1949, 3, 25), '3–25 March 1949'],
    [d(1954, 9, 28), d(1954, 10, 5), '28 September – 5 October 1954'],
    [d(1958, 11, 28), d(1958, 12, 2), '28 November – 2 December 1958'],
    [d(1959, 1, 14), d(1959, 2, 6), '14 January – 6 February 1959'],
    [d(1958, 12, 28), d(1959, 1, 2), '28 December 1958 – 2 January 1959'],
    [d(1975, 5), d(1975, 6), 'May–June 1975'],
    [d(1984, 12), d(1985, 1), 'December 1984 – January 1985'],
    [d(1966), d(1968), '1966–1968'],
    [d(1950, 5, 13), d(1950, 5, 13), '13 May 1950'],
    [d(1964, 11), null, 'November 1964'],
    [d(1975, 6), d(1975, 6, 10), 'June 1975 – 10 June 1975'],
    [d(1966, 1, 1, true), d(1966, 2, 1), 'c. 1 January 1966 – 1 February 1966'],
  ])('should render %j to %j as %s', (start, end, text) => {
    expect(formatDateRange(start, end)).toBe(text)
  })
})

describe('sortable bounds', () => {
  it('should give the first and last day a partial date can mean', () => {
    expect([startOf(d(1964, 11)), endOf(d(1964, 11))]).toEqual(['1964-11-01', '1964-11-30'])
    expect([startOf(d(1966)), endOf(d(1966))]).toEqual(['1966-01-01', '1966-12-31'])
    expect(endOf(d(1984, 2))).toBe('1984-02-29')
    expect(endOf(d(1950, 5, 13))).toBe('1950-05-13')
  })

  it('should sort partial dates chronologically as strings', () => {
    const dates = [d(1975, 6, 4), d(1964), d(1975, 5), d(1949, 3, 3)]
    expect(dates.map(startOf).sort()).toEqual(['1949-03-03', '1964-01-01', '1975-05-01', '1975-06-04'])
  })

  it('should know the precision', () => {
    expect([precisionOf(d(1964)), precisionOf(d(1964, 11)), precisionOf(d(1964, 11, 2))]).toEqual([
      'year',
      'month',
      'day',
    ])
  })
})

describe('ZPartialDateSchema', () => {
  it('should refuse a day without a month, naming the month', () => {
    const result = ZPartialDateSchema.safeParse({ year: 1964, day: 3 })
    expect(result.error?.issues[0]).toMatchObject({ path: ['month'], message: 'A day needs its month' })
  })

  it('should refuse a day the month does not have', () => {
    const result = ZPartialDateSchema.safeParse({ year: 1955, month: 2, day: 29 })
    expect(result.error?.issues[0]).toMatchObject({ path: ['day'], message: 'February 1955 has 28 days' })
    expect(ZPartialDateSchema.safeParse({ year: 1956, month: 2, day: 29 }).success).toBe(true)
  })

  it('should refuse an out-of-range month', () => {
    expect(ZPartialDateSchema.safeParse({ year: 1964, month: 13 }).error?.issues[0]?.path).toEqual(['month'])
  })
})

describe('tripSpan', () => {
  it('should run from the first stop’s start to the last stop’s end, or its start when it has none', () => {
    const stored = (year: number | null, month: number | null = null) => ({ year, month, day: null, circa: null })
    expect(tripSpan([{ start: stored(1975, 5) }, { start: stored(1975, 6), end: stored(null) }])).toEqual({
      start: { year: 1975, month: 5, day: null, circa: false },
      end: { year: 1975, month: 6, day: null, circa: false },
    })
    expect(tripSpan([{ start: stored(1949, 3), end: stored(1949, 4) }])).toMatchObject({ end: { month: 4 } })
    expect(tripSpan([])).toEqual({ start: null, end: null })
    expect(tripSpan([{ start: stored(null) }])).toEqual({ start: null, end: null })
  })
})

/** A partial date at any precision, valid (a day its month has). */
const partialDateArb = fc
  .record({
    year: fc.integer({ min: 1948, max: 1952 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    day: fc.integer({ min: 1, max: 31 }),
    withDay: fc.boolean(),
  })
  .map(({ year, month, day, withDay }): TPartialDate => ({
    year,
    month,
    day: month != null && withDay ? Math.min(day, daysInMonth(year, month)) : null,
    circa: false,
  }))
const spanArb = fc.record({
  start: fc.option(partialDateArb, { nil: null }),
  end: fc.option(partialDateArb, { nil: null }),
})

describe('compareDateSpans', () => {
  it('should order by the earliest possible start, then by the latest possible end, undated last', () => {
    const spans = {
      singapore: { start: d(2018, 6, 10), end: d(2018, 6, 12) },
      june: { start: d(2018, 6), end: null },
      chinaByDay: { start: d(2018, 6, 19), end: d(2018, 6, 20) },
      firstOfJune: { start: d(2018, 6, 1), end: null },
      year: { start: d(2018), end: null },
      undated: { start: null, end: null },
    }
    const order = Object.entries(spans)
      .sort(([, a], [, b]) => compareDateSpans(a, b))
      .map(([name]) => name)
    // "June 2018" starts on 1 June at the earliest: before the 10th, after the 1st itself (shorter).
    expect(order).toEqual(['year', 'firstOfJune', 'june', 'singapore', 'chinaByDay', 'undated'])
  })

  it('should sort by the days a trip stores (startsOn, endsOn)', () => {
    expect(sortDays(d(2018, 6), null)).toEqual({ start: '2018-06-01', end: '2018-06-30' })
    expect(sortDays(d(1956, 6, 1), d(1956, 7))).toEqual({ start: '1956-06-01', end: '1956-07-31' })
    expect(sortDays(null)).toEqual({ start: null, end: null })
  })

  it('should be a total order: reflexive, antisymmetric, transitive, and equal only on equal sort days', () => {
    fc.assert(
      fc.property(spanArb, spanArb, spanArb, (a, b, c) => {
        expect(compareDateSpans(a, a)).toBe(0)
        // + 0 so that the sign of equal spans compares as 0, not -0
        expect(Math.sign(compareDateSpans(a, b))).toBe(-Math.sign(compareDateSpans(b, a)) + 0)
        if (compareDateSpans(a, b) <= 0 && compareDateSpans(b, c) <= 0)
          expect(compareDateSpans(a, c)).toBeLessThanOrEqual(0)
        const same = JSON.stringify(sortDays(a.start, a.end)) === JSON.stringify(sortDays(b.start, b.end))
        expect(compareDateSpans(a, b) === 0).toBe(same)
      }),
      { numRuns: 500 },
    )
  })

  it('should agree with comparing the sort days as strings, as the database compares dates', () => {
    fc.assert(
      fc.property(spanArb, spanArb, (a, b) => {
        const x = sortDays(a.start, a.end)
        const y = sortDays(b.start, b.end)
        const key = (days: typeof x) => `${days.start ?? '9999-99-99'} ${days.end ?? '9999-99-99'}`
        expect(Math.sign(compareSortDays(x, y))).toBe(key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)
      }),
      { numRuns: 500 },
    )
  })
})
