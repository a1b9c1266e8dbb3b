import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ItineraryMap, type TItineraryStop } from './ItineraryMap'

const stop = (label: string, latitude: number | null, longitude: number | null): TItineraryStop => ({
  label,
  latitude,
  longitude,
})

const STOPS = [
  stop('Pyongyang', 39.02, 125.75),
  stop('Vladivostok', 43.12, 131.89),
  stop('A dacha outside Moscow', null, null),
  stop('Moscow', 55.75, 37.62),
  stop('Berlin', 52.52, 13.4),
  stop('Pyongyang', 39.02, 125.75),
]

const render = (stops: TItineraryStop[]) =>
  renderToStaticMarkup(<ItineraryMap stops={stops} title="Route of the 1984 journey" />)

describe('ItineraryMap', () => {
  it('should render nothing when no stop has coordinates', () => {
    expect(render([])).toBe('')
    expect(render([stop('Somewhere', null, null), stop('Elsewhere', 40, null)])).toBe('')
  })

  it('should be a labelled image with the countries around the route and the route itself', () => {
    const html = render(STOPS)
    expect(html).toMatch(
      /<svg class="itinerary-map__svg" viewBox="0 0 640 400" role="img" aria-labelledby="([^"]+)"><title id="\1">Route of the 1984 journey<\/title>/,
    )
    expect(html).toMatch(/<path class="itinerary-map__land" d="M[^"]+"/)
    expect(html).toMatch(/<path class="itinerary-map__route" d="M[^"]+"/)
  })

  it('should number markers by stop, skipping places without coordinates and sharing a marker for a return', () => {
    const html = render(STOPS)
    const markers = [...html.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((match) => match[1])
    expect(markers).toEqual(['1,6', '2', '4', '5'])
    expect(html).toContain('<title>1. Pyongyang; 6. Pyongyang</title>')
    expect(html).toContain('<title>4. Moscow</title>')
  })

  it('should keep every marker inside the frame', () => {
    const html = render(STOPS)
    for (const [, x, y] of html.matchAll(/translate\(([\d.-]+) ([\d.-]+)\)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(10)
      expect(Number(x)).toBeLessThanOrEqual(630)
      expect(Number(y)).toBeGreaterThanOrEqual(10)
      expect(Number(y)).toBeLessThanOrEqual(390)
    }
  })

  it('should draw a single stop without a route', () => {
    const html = render([stop('Beijing', 39.9, 116.4)])
    expect(html).not.toContain('itinerary-map__route')
    expect(html).toContain('>1</text>')
  })

  it('should list every stop in order, saying which are not on the map', () => {
    const list = render(STOPS).match(/<ol class="visually-hidden">.*<\/ol>/s)![0]
    expect(list.match(/<li>/g)).toHaveLength(6)
    expect(list).toContain('<li>A dacha outside Moscow (not on the map: location unknown)</li>')
    expect(list.indexOf('Vladivostok')).toBeLessThan(list.indexOf('Berlin'))
  })
})
