import { PLACES, POLITIES } from '@itinera/importer/gazetteer'
import { describe, expect, it } from 'vitest'
import { EXTRA_PLACES } from './kim-jong-il-gazetteer'

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

// The leader page's "Today" column counts each visited place's own code, so a seeded place without
// one drops its state from the column (as Belarus was, for Minsk).
describe('the seeded places', () => {
  const places = [...PLACES, ...EXTRA_PLACES]

  it('should each say which state it lies in today, but a vessel', () => {
    const missing = places.filter((place) => place.kind !== 'vessel' && !place.todayIsoCode).map((place) => place.slug)
    expect(missing).toEqual([])
    for (const place of places.filter((candidate) => candidate.todayIsoCode))
      expect(REGION_NAMES.of(place.todayIsoCode!), place.slug).toBeTruthy()
  })

  it('should lie today in one of the modern states of the polity it was visited in', () => {
    const codes = new Map(POLITIES.map((polity) => [polity.slug, polity.modernIsoCodes ?? []]))
    const outside = places
      .filter((place) => place.todayIsoCode && !(codes.get(place.polity) ?? []).includes(place.todayIsoCode))
      .map((place) => `${place.slug}: ${place.todayIsoCode} not in ${place.polity}`)
    expect(outside).toEqual([])
    expect(places.find((place) => place.slug === 'minsk')?.todayIsoCode).toBe('BY')
  })
})
