import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoArea, geoCentroid } from 'd3-geo'
import type { MultiPolygon, Polygon } from 'geojson'
import isoCodes from 'i18n-iso-countries/codes.json'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { worldCountries } from './geo'
import { SMALL_COUNTRY_POINTS } from './geo-small-countries'

// The 50m atlas is read here only, to check the table; the app never loads it.
const require = createRequire(import.meta.url)
const atlas50 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>
}>
const shapes50 = new Map(feature(atlas50, atlas50.objects.countries).features.map((shape) => [String(shape.id), shape]))
const numericOf = new Map((isoCodes as string[][]).map(([alpha2, , numeric]) => [alpha2!, numeric!]))

/** The centroid of a shape's largest polygon, as the table was made. */
function mainCentroid(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons: Polygon[] =
    geometry.type === 'Polygon'
      ? [geometry]
      : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
  const largest = polygons.sort((a, b) => geoArea(b) - geoArea(a))[0]!
  return geoCentroid(largest)
}

describe('SMALL_COUNTRY_POINTS', () => {
  it('should match the centroids of the 50m atlas, for the countries it has', () => {
    let checked = 0
    for (const [alpha2, [lon, lat]] of Object.entries(SMALL_COUNTRY_POINTS)) {
      const shape = shapes50.get(numericOf.get(alpha2)!)
      if (!shape) continue
      const [lon50, lat50] = mainCentroid(shape.geometry as Polygon | MultiPolygon)
      expect(Math.abs(lon - lon50), alpha2).toBeLessThanOrEqual(0.051)
      expect(Math.abs(lat - lat50), alpha2).toBeLessThanOrEqual(0.051)
      checked++
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('should leave out only Bouvet Island, Svalbard, Tokelau and the US Minor Outlying Islands', () => {
    const drawn = new Set(worldCountries().map((country) => country.alpha2))
    const missing = [...numericOf.keys()].filter((alpha2) => !drawn.has(alpha2) && !SMALL_COUNTRY_POINTS[alpha2])
    expect(missing).toEqual(['BV', 'SJ', 'TK', 'UM'])
  })

  it('should hold only countries the 110m atlas does not draw', () => {
    const drawn = new Set(worldCountries().map((country) => country.alpha2))
    expect(Object.keys(SMALL_COUNTRY_POINTS).filter((alpha2) => drawn.has(alpha2))).toEqual([])
  })
})
