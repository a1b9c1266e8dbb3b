import { describe, expect, it } from 'vitest'
import { openDataJson, openDataJsonChunks, stopRows } from './open-data'
import { fixtureCitation, fixtureTrip as trip } from './public-trip.fixtures'
import type { TPublicTrip } from './schemas'

describe('open data', () => {
  it('should write each source once and point citations at it by id', () => {
    const json = openDataJson([trip, { ...trip, id: 2, slug: 'again' }])
    expect(json.sources.map((s) => s.id)).toEqual([5, 7])
    expect(json.trips[0]!.citations.map((c) => [c.fact, c.sourceId])).toEqual([
      ['certainty', 5],
      ['stops.s1.dates', 5],
      ['stops.s1.meetings.m1', 7],
    ])
    expect(json.trips[0]!.citations[0]).not.toHaveProperty('source')
  })

  it('should stream the same bytes as the whole export stringified, whatever the pages', async () => {
    const meta = { title: 'Export', license: { id: 'CC-BY-4.0' }, source: 'https://example.org' }
    const trips = [
      trip,
      { ...trip, id: 2, slug: 'again', citations: [fixtureCitation('c9', 'certainty', 3)] },
      { ...trip, id: 3, slug: 'third' },
    ]
    const streamed = async (pages: TPublicTrip[][]) => {
      let text = ''
      for await (const chunk of openDataJsonChunks(
        meta,
        (async function* () {
          yield* pages
        })(),
      ))
        text += chunk
      return text
    }
    const whole = (all: TPublicTrip[]) => `${JSON.stringify({ ...meta, ...openDataJson(all) }, null, 2)}\n`
    expect(await streamed([trips.slice(0, 2), [], trips.slice(2)])).toBe(whole(trips))
    expect(await streamed([trips])).toBe(whole(trips))
    expect(await streamed([])).toBe(whole([]))
    expect(JSON.parse(await streamed([[trip]])).sources.map((source: { id: number }) => source.id)).toEqual([5, 7])
  })

  it('should give one CSV row per stop with the sources of its facts', () => {
    expect(stopRows([trip])).toEqual([
      expect.objectContaining({
        trip: '1949-03-soviet-union',
        stop: 1,
        start: '1949-03-03',
        end: '1949-03-25',
        precision: 'day',
        country: 'Soviet Union',
        places: 'Moscow',
        people: 'Joseph Stalin, Chairman',
        source_ids: '5; 7',
      }),
    ])
  })
})
