import { describe, expect, it } from 'vitest'
import { tripFacts, uncitedFacts } from './trip-facts'

const trip = {
  stops: [
    { id: 's1', polity: 7, places: [3], meetings: [{ id: 'm1' }], details: [{ id: 'd1' }], alternativeDates: [] },
    { id: 's2', polity: null, places: [], meetings: [], details: null, alternativeDates: [{ id: 'a1' }], alternativePolities: [{ id: 'p1' }] },
  ],
}

describe('tripFacts', () => {
  it('should list every fact a reader sees, addressed by row IDs', () => {
    expect(tripFacts(trip).map((fact) => fact.path)).toEqual([
      'certainty',
      'stops.s1.dates',
      'stops.s1.polity',
      'stops.s1.places',
      'stops.s1.meetings.m1',
      'stops.s1.details.d1',
      'stops.s2.dates',
      'stops.s2.alternativeDates.a1',
      'stops.s2.alternativePolities.p1',
    ])
  })

  it('should label facts for editors by position', () => {
    expect(tripFacts(trip).find((fact) => fact.path === 'stops.s1.meetings.m1')?.label).toBe('Stop 1: meeting 1')
  })

  it('should keep paths stable when stops are reordered', () => {
    const reordered = { stops: [trip.stops[1]!, trip.stops[0]!] }
    expect(new Set(tripFacts(reordered).map((f) => f.path))).toEqual(new Set(tripFacts(trip).map((f) => f.path)))
  })

  it('should read the admin form state, where an empty array is a row count', () => {
    const formState = { stops: [{ id: 's1', polity: 7, places: 0, meetings: 0, details: 0, alternativeDates: 0 }], citations: 0 }
    expect(tripFacts(formState as never).map((fact) => fact.path)).toEqual(['certainty', 'stops.s1.dates', 'stops.s1.polity'])
    expect(uncitedFacts(formState as never)).toHaveLength(3)
  })
})

describe('uncitedFacts', () => {
  it('should list the facts no citation supports', () => {
    const citations = tripFacts(trip)
      .filter((fact) => fact.path !== 'stops.s2.dates')
      .map((fact) => ({ fact: fact.path }))
    expect(uncitedFacts({ ...trip, citations }).map((fact) => fact.path)).toEqual(['stops.s2.dates'])
  })

  it('should count a trip with no stops as needing its certainty cited', () => {
    expect(uncitedFacts({ stops: [] }).map((fact) => fact.path)).toEqual(['certainty'])
  })
})
