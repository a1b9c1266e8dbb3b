import { compareSortDays, daysInMonth, sortDays, type TPartialDate } from '@itinera/contracts/partial-date'
import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { setupIntegration } from '../test/integration'
import { CHRONOLOGICAL } from './shownTrips'

const { payload } = await setupIntegration('chronological-order', { actors: false, jobs: false })

// Few years, so that spans often start or end on the same day and the tie-breaks are exercised.
const partialDateArb = fc
  .record({
    year: fc.integer({ min: 2017, max: 2019 }),
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
const spansArb = fc.array(
  fc.record({ start: fc.option(partialDateArb, { nil: null }), end: fc.option(partialDateArb, { nil: null }) }),
  { minLength: 1, maxLength: 12 },
)

/** The ids of `days` (id = index + 1) as PostgreSQL orders trips with them as startsOn/endsOn. */
async function orderedInSql(days: ReturnType<typeof sortDays>[]): Promise<number[]> {
  const rows = sql.join(
    days.map((day, index) => sql`(${index + 1}::integer, ${day.start}::timestamptz, ${day.end}::timestamptz)`),
    sql`, `,
  )
  const found = await rawSql<{ id: number }>(
    payload,
    sql`SELECT t.id FROM (VALUES ${rows}) AS t(id, starts_on, ends_on) ORDER BY ${CHRONOLOGICAL}`,
  )
  return found.map((row) => row.id)
}

describe('the chronological order of trips', () => {
  it('should order month-only and day dates in SQL as compareSortDays does (earliest start, then latest end)', async () => {
    // June 2018 (month only), the Singapore summit of 10–12 June, 19–20 June, the year 2018, undated.
    const days = [
      sortDays({ year: 2018, month: 6, day: 10, circa: false }, { year: 2018, month: 6, day: 12, circa: false }),
      sortDays({ year: 2018, month: 6, day: null, circa: false }),
      sortDays({ year: 2018, month: 6, day: 19, circa: false }, { year: 2018, month: 6, day: 20, circa: false }),
      sortDays(null),
      sortDays({ year: 2018, month: null, day: null, circa: false }),
    ]
    expect(await orderedInSql(days)).toEqual([5, 2, 1, 3, 4])
  })

  it('should agree with compareSortDays on any spans, ties broken by id', async () => {
    await fc.assert(
      fc.asyncProperty(spansArb, async (spans) => {
        const days = spans.map((span) => sortDays(span.start, span.end))
        const expected = days
          .map((day, index) => ({ day, id: index + 1 }))
          .sort((a, b) => compareSortDays(a.day, b.day) || a.id - b.id)
          .map(({ id }) => id)
        expect(await orderedInSql(days)).toEqual(expected)
      }),
      { numRuns: 40 },
    )
  })
})
