import { fixtureTrip } from '@itinera/contracts/public-trip.fixtures'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { describe, expect, it } from 'vitest'
import { tripsCsvChunks } from './trips-csv'

const csvOf = async (trips: TPublicTrip[]) => {
  const pages = (async function* () {
    yield trips
  })()
  let text = ''
  for await (const chunk of tripsCsvChunks(pages)) text += chunk
  return text
}

const withPlace = (name: string): TPublicTrip => ({
  ...fixtureTrip,
  stops: fixtureTrip.stops.map((stop) => ({ ...stop, places: [{ ...stop.places[0]!, name }] })),
})

describe('trips CSV', () => {
  it('should write a formula-leading place name as text, not as a formula', async () => {
    const formula = '=HYPERLINK("https://example.invalid/x","Click")'
    const csv = await csvOf([withPlace(formula)])
    const cells = csv.split('\n')[1]!
    expect(cells).toContain(`"'=HYPERLINK(""https://example.invalid/x"",""Click"")"`)
    expect(cells).not.toMatch(/(^|,)"?=HYPERLINK/)
  })

  it('should prefix every formula-leading character and leave other cells as they are', async () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      const csv = await csvOf([withPlace(`${lead}1+1`)])
      expect(csv, JSON.stringify(lead)).toContain(`'${lead}1+1`)
    }
    expect(await csvOf([withPlace('Moscow')])).toContain(',Moscow,')
  })
})
