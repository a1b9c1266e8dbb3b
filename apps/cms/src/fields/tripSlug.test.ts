import { ZSlugSchema } from '@itinera/contracts/schemas'
import { describe, expect, it } from 'vitest'
import { earliestStart, suggestTripSlug } from './tripSlug'

describe('suggestTripSlug', () => {
  it('should give year, month and where to, as the seeded slugs do', () => {
    expect(suggestTripSlug('Moscow and East Berlin', { year: 1956, month: 6 })).toBe('1956-06-moscow-and-east-berlin')
    expect(suggestTripSlug('State visit to the Soviet Union', { year: 1949, month: 3 })).toBe('1949-03-soviet-union')
    expect(suggestTripSlug("Visit to the Mongolian People's Republic", { year: 1988, month: 6 })).toBe(
      '1988-06-mongolian-peoples-republic',
    )
    expect(suggestTripSlug('Tour of Europe and Mongolia', { year: 1956, month: 6 })).toBe(
      '1956-06-tour-of-europe-and-mongolia',
    )
  })

  it('should leave out what the dates do not give, and offer nothing without a word of title', () => {
    expect(suggestTripSlug('Soviet Union (rumored)', { year: 1966 })).toBe('1966-soviet-union-rumored')
    expect(suggestTripSlug('Plzeň', null)).toBe('plzen')
    expect(suggestTripSlug('', { year: 1956, month: 6 })).toBe('')
    expect(suggestTripSlug('—', { year: 1956 })).toBe('')
  })

  it('should always offer a slug the field accepts, whole words within 80 characters', () => {
    const long = suggestTripSlug('Tour of '.concat('Eastern Europe and the Soviet Union '.repeat(5)), {
      year: 1984,
      month: 5,
    })
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(
      /^1984-05-tour-of-eastern-europe-and-the-soviet-union-.*-(eastern|europe|and|the|soviet|union)$/,
    )
    for (const slug of [long, suggestTripSlug("  Kim's  visit -- to  Hà Nội!  ", { year: 1958, month: 11 })]) {
      expect(ZSlugSchema.safeParse(slug).success).toBe(true)
    }
  })
})

describe('earliestStart', () => {
  it("should find the trip's first month among its stops, in any order", () => {
    expect(earliestStart([{ year: 1956, month: 7 }, { year: 1956, month: 6 }, null, { year: null }])).toEqual({
      year: 1956,
      month: 6,
    })
    expect(earliestStart([{ year: 1957 }, { year: 1956, month: 12 }])).toEqual({ year: 1956, month: 12 })
    expect(earliestStart([])).toBeNull()
  })
})
