import { describe, expect, it } from 'vitest'
import { parseDateRange } from './parse-date-range'

const day = (year: number, month: number, d: number) => ({ year, month, day: d, circa: false })

describe('parseDateRange', () => {
  it.each([
    ['3-25 March 1949', day(1949, 3, 3), day(1949, 3, 25)],
    ['28 September-5 October 1954', day(1954, 9, 28), day(1954, 10, 5)],
    ['28 November-2 December 1958', day(1958, 11, 28), day(1958, 12, 2)],
    ['14 January-6 February 1959', day(1959, 1, 14), day(1959, 2, 6)],
    ['29 December 1958 – 3 January 1959', day(1958, 12, 29), day(1959, 1, 3)],
    ['1 October 1959', day(1959, 10, 1), null],
    ['March 26, 2018', day(2018, 3, 26), null],
    ['2018-03-25 / 2018-03-28', day(2018, 3, 25), day(2018, 3, 28)],
  ])('should read "%s" to the day', (text, start, end) => {
    expect(parseDateRange(text)).toMatchObject({ start, end })
  })

  it('should keep month and year precision as given', () => {
    expect(parseDateRange('November 1964')).toMatchObject({ start: { year: 1964, month: 11, day: null }, end: null })
    expect(parseDateRange('May–June 1975')).toMatchObject({
      start: { year: 1975, month: 5 },
      end: { year: 1975, month: 6 },
    })
    expect(parseDateRange('1966')).toMatchObject({ start: { year: 1966, month: null }, end: null })
    expect(parseDateRange('c. 1968')).toMatchObject({ start: { year: 1968, circa: true } })
  })

  it('should say when the start’s year was not written, and put a later month in the year before', () => {
    expect(parseDateRange('28 November-2 December 1958')).toMatchObject({ startYearInferred: true })
    expect(parseDateRange('28 December-3 January 1959')).toMatchObject({
      start: day(1958, 12, 28),
      end: day(1959, 1, 3),
      startYearInferred: true,
    })
    expect(parseDateRange('December-January 1959')).toMatchObject({
      start: { year: 1958, month: 12 },
      end: { year: 1959, month: 1 },
      startYearInferred: true,
    })
    for (const written of ['3-25 March 1949', '29 December 1958 – 3 January 1959', 'December 1958 - January 1959'])
      expect(parseDateRange(written), written).toMatchObject({ startYearInferred: false })
  })

  it('should say how much of the text the date took', () => {
    const text = '10-23 September 1953Flag of the Soviet Union.svg'
    expect(text.slice(parseDateRange(text)!.length)).toBe('Flag of the Soviet Union.svg')
  })

  it('should refuse text that is not a date, or an impossible day', () => {
    expect(parseDateRange('Moscow, spring')).toBeNull()
    expect(parseDateRange('31 February 1950')).toBeNull()
    expect(parseDateRange('According to some reports')).toBeNull()
  })
})
