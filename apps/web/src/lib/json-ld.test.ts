import { fixtureTrip } from '@itinera/contracts/public-trip.fixtures'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { describe, expect, it } from 'vitest'
import { tripJsonLd } from './json-ld'

describe('tripJsonLd', () => {
  it("should give each place's country by the name it bore on the stop's date", () => {
    const trip: TPublicTrip = {
      ...fixtureTrip,
      stops: fixtureTrip.stops.map((stop) => ({
        ...stop,
        polity: { id: 3, slug: 'bulgaria', name: 'Bulgaria' },
        polityNameOnDate: "People's Republic of Bulgaria",
        places: [{ id: 3, slug: 'sofia', name: 'Sofia', latitude: 42.7, longitude: 23.32 }],
      })),
    }
    const data = JSON.parse(tripJsonLd(trip, 'https://example.org/trips/x')) as { location: { address: string }[] }
    expect(data.location.map((place) => place.address)).toEqual(["People's Republic of Bulgaria"])
  })
})
