import { factPath } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import { factFieldPath } from './factFieldPath'

const stops = [
  { id: 'a', meetings: [{ id: 'm1' }] },
  { id: 'b', meetings: [{ id: 'm2' }, { id: 'm3' }], details: [{ id: 'd1' }], alternativePolities: [{ id: 'p1' }] },
]

describe('factFieldPath', () => {
  it("should name the form field that states each kind of fact, by the stop's and row's place in the form", () => {
    expect(factFieldPath(stops, factPath.certainty())).toBe('certainty')
    expect(factFieldPath(stops, factPath.stopDates('b'))).toBe('stops.1.start')
    expect(factFieldPath(stops, factPath.stopPolity('a'))).toBe('stops.0.polity')
    expect(factFieldPath(stops, factPath.stopPlaces('b'))).toBe('stops.1.places')
    expect(factFieldPath(stops, factPath.meeting('b', 'm3'))).toBe('stops.1.meetings.1.person')
    expect(factFieldPath(stops, factPath.detail('b', 'd1'))).toBe('stops.1.details.0.text')
    expect(factFieldPath(stops, factPath.alternativePolity('b', 'p1'))).toBe('stops.1.alternativePolities.0.polity')
  })

  it('should give no field for a stop or row no longer there, or for what is not a fact', () => {
    expect(factFieldPath(stops, factPath.stopDates('gone'))).toBeNull()
    expect(factFieldPath(stops, factPath.meeting('a', 'm2'))).toBeNull()
    expect(factFieldPath(null, factPath.stopPolity('a'))).toBeNull()
    expect(factFieldPath(stops, 'stops')).toBeNull()
  })
})
