import { geoNaturalEarth1, geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'
import type { Feature, MultiPoint, MultiPolygon, Polygon } from 'geojson'
import isoCodes from 'i18n-iso-countries/codes.json'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'
import { SMALL_COUNTRY_POINTS } from './geo-small-countries'

/**
 * Pure geography for the reader's maps: world-atlas' Natural Earth countries at 1:110m, ISO 3166
 * codes from i18n-iso-countries' table, d3-geo for projecting. Everything is bundled; nothing is
 * fetched at run time.
 */

export type TLonLat = readonly [longitude: number, latitude: number]

export interface TCountry {
  /** ISO 3166-1 numeric, zero-padded as in world-atlas ("276"). */
  numeric: string
  /** ISO 3166-1 alpha-2 ("DE"); null if the shape has none. */
  alpha2: string | null
  /** Natural Earth's short name ("Dem. Rep. Congo"). */
  name: string
  feature: Feature<Polygon | MultiPolygon>
}

/** A polity as the maps need it: a historical one lists all of its modern countries. */
export interface TMapPolity {
  slug: string
  name: string
  /** ISO 3166-1 alpha-2 codes of the modern countries it covered (the Soviet Union: 15). */
  modernIsoCodes: readonly string[]
}
export interface TPolityVisits {
  polity: TMapPolity
  count: number
}

/**
 * ISO 3166-1 alpha-2 → numeric for every assigned code, from i18n-iso-countries' table (alpha-2,
 * alpha-3, numeric, ISO 3166-2 prefix): its data file, not its entry point, which parses all 80
 * locales' country names that the maps never show.
 */
export const ALPHA2_TO_NUMERIC: ReadonlyMap<string, string> = new Map(
  (isoCodes as readonly (readonly string[])[]).map(([alpha2, , numeric]) => [alpha2!, numeric!]),
)
const NUMERIC_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  [...ALPHA2_TO_NUMERIC].map(([alpha2, numeric]) => [numeric, alpha2]),
)

/** ISO 3166-1 alpha-2 → numeric ("DE" → "276"); undefined for an unknown code. */
export function alpha2ToNumeric(alpha2: string): string | undefined {
  return ALPHA2_TO_NUMERIC.get(alpha2.trim().toUpperCase())
}

/**
 * Natural Earth draws three territories that ISO 3166-1 gives no number, without an id. They
 * light up with the country they belong to in ISO's terms (and Kosovo under its user-assigned XK),
 * so a visit to Cyprus or Somalia colours all of the island or the Horn.
 */
const UNNUMBERED: Readonly<Record<string, string>> = { 'N. Cyprus': 'CY', Somaliland: 'SO', Kosovo: 'XK' }

type TWorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

let countriesCache: readonly TCountry[] | undefined

/** Every country shape of the 1:110m atlas (177), parsed once per process. */
export function worldCountries(): readonly TCountry[] {
  if (!countriesCache) {
    const topology = countries110m as unknown as TWorldTopology
    const collection = feature(topology, topology.objects.countries)
    countriesCache = collection.features.map((shape) => {
      const name = shape.properties?.name ?? ''
      const alpha2 = shape.id != null ? (NUMERIC_TO_ALPHA2.get(String(shape.id)) ?? null) : (UNNUMBERED[name] ?? null)
      const numeric = shape.id != null ? String(shape.id) : alpha2 ? (ALPHA2_TO_NUMERIC.get(alpha2) ?? '') : ''
      return { numeric, alpha2, name, feature: shape as Feature<Polygon | MultiPolygon> }
    })
  }
  return countriesCache
}

/** A dot for a country the 1:110m atlas has no shape for; undefined if it has one (or is unknown). */
export function smallCountryPoint(alpha2: string): TLonLat | undefined {
  return SMALL_COUNTRY_POINTS[alpha2.trim().toUpperCase()]
}

export interface TProjectOptions {
  width: number
  height: number
  /** What to fit into the frame; the whole globe by default. */
  fitTo?: GeoPermissibleObjects
  /** Inset on every side, in output units. */
  padding?: number
  /** Central meridian: a regional map is centred on its region to keep shapes true. */
  centerLongitude?: number
  /** Cut what falls outside the frame, so off-map countries emit no path data at all. */
  clip?: boolean
}

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' }

/**
 * A Natural Earth projection fitted to a width × height frame, with its SVG path generator
 * rounding to one decimal (a tenth of a unit is invisible) and a compacting `draw`.
 */
export function projectPath({
  width,
  height,
  fitTo = SPHERE,
  padding = 0,
  centerLongitude = 0,
  clip = false,
}: TProjectOptions): {
  path: GeoPath
  projection: GeoProjection
  /** Compact path data for SVG (see compactPath); '' for what falls off the frame. */
  draw: (object: GeoPermissibleObjects, tolerance?: number) => string
} {
  const projection = geoNaturalEarth1()
    .rotate([-centerLongitude, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      fitTo,
    )
  if (clip) {
    projection.clipExtent([
      [0, 0],
      [width, height],
    ])
  }
  const path = geoPath(projection).digits(1)
  return { path, projection, draw: (object, tolerance = 0.5) => compactPath(path(object) ?? '', tolerance) }
}

/** Round to one decimal for SVG attributes. */
export const round1 = (value: number) => Math.round(value * 10) / 10

/** A number of tenths as the shortest SVG text: 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(value: number): string {
  const abs = Math.abs(value)
  const whole = Math.floor(abs / 10)
  const digit = abs % 10
  const text = `${whole || !digit ? whole : ''}${digit ? `.${digit}` : ''}`
  return value < 0 ? `-${text}` : text
}

/** Joins numbers as SVG path data allows: no space before a minus, nor between "1.2" and ".5". */
function joinNumbers(numbers: string[]): string {
  let out = ''
  for (const text of numbers) {
    const needsSpace = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out))
    out += needsSpace ? ` ${text}` : text
  }
  return out
}

/**
 * Rewrites d3's absolute path data ("M1.5,2L3.5,4Z") with relative moves in tenths
 * ("M1.5 2l2 2z") and drops vertices closer than `tolerance` units to the last one kept:
 * sub-pixel detail nobody sees, which is most of the bytes of a world map. A ring that shrinks
 * below three vertices is dropped whole. Data with other commands (arcs) comes back as it was.
 */
export function compactPath(d: string, tolerance = 0): string {
  if (!d || /[^MLZ\d.,\s-]/.test(d)) return d
  const limit = (tolerance * 10) ** 2
  let out = ''
  for (const ring of d.split('M').filter(Boolean)) {
    const closed = ring.includes('Z')
    const points = ring
      .replace('Z', '')
      .split('L')
      .map((pair) => pair.split(',').map((value) => Math.round(Number(value) * 10)) as [number, number])
    const kept: [number, number][] = []
    points.forEach((point, index) => {
      const last = kept[kept.length - 1]
      const isEnd = !closed && index === points.length - 1
      if (!last || isEnd || (point[0] - last[0]) ** 2 + (point[1] - last[1]) ** 2 >= limit) kept.push(point)
    })
    if (closed && kept.length < 3) continue
    const [start, ...rest] = kept
    if (!start) continue
    const deltas: string[] = []
    let previous = start
    for (const point of rest) {
      if (point[0] === previous[0] && point[1] === previous[1]) continue
      deltas.push(tenths(point[0] - previous[0]), tenths(point[1] - previous[1]))
      previous = point
    }
    out += `M${joinNumbers([tenths(start[0]), tenths(start[1])])}${deltas.length ? `l${joinNumbers(deltas)}` : ''}${closed ? 'z' : ''}`
  }
  return out
}

/**
 * Visits per modern country (alpha-2 → count): each polity's visits count for all of its modern
 * codes, and polities sharing a code (the Soviet Union and Russia on RU) add up there.
 */
export function politiesToCountryCodes(visits: readonly TPolityVisits[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { polity, count } of visits) {
    for (const code of polityCodes(polity)) totals.set(code, (totals.get(code) ?? 0) + count)
  }
  return totals
}

/** A polity's codes, normalised and without repeats. */
export function polityCodes(polity: Pick<TMapPolity, 'modernIsoCodes'>): string[] {
  return [...new Set(polity.modernIsoCodes.map((code) => code.trim().toUpperCase()).filter(Boolean))]
}

/**
 * Which polity a shared country's shape links to (alpha-2 → index in `visits`). A shape is one
 * link, so when the Soviet Union and Russia both cover RU, the polity with fewer codes gets it:
 * Russia then has a shape to click and the Soviet Union keeps its 14 others. Ties go to the
 * polity with more visits, then to the earlier one.
 */
export function countryOwners(visits: readonly TPolityVisits[]): Map<string, number> {
  const owners = new Map<string, number>()
  const size = visits.map(({ polity }) => polityCodes(polity).length)
  const better = (a: number, b: number) =>
    size[a]! !== size[b]!
      ? size[a]! < size[b]!
      : visits[a]!.count !== visits[b]!.count
        ? visits[a]!.count > visits[b]!.count
        : a < b
  visits.forEach(({ polity, count }, index) => {
    if (count <= 0) return
    for (const code of polityCodes(polity)) {
      const current = owners.get(code)
      if (current === undefined || better(index, current)) owners.set(code, index)
    }
  })
  return owners
}

/** Shortest signed difference between two longitudes, in (-180, 180]. */
const lonDelta = (from: number, to: number) => {
  const delta = ((((to - from) % 360) + 540) % 360) - 180
  return delta === -180 ? 180 : delta
}

/**
 * The region to fit a regional map to: the points' bounding box grown by `margin` of its size,
 * and to at least `minSpan` degrees, so that a one-city trip still shows its country. Longitudes
 * are taken around the points' own centre, so a box across the date line stays small.
 */
export function regionAround(
  points: readonly TLonLat[],
  { margin = 0.2, minSpan = 12 }: { margin?: number; minSpan?: number } = {},
): { centerLongitude: number; region: Feature<MultiPoint> } | null {
  if (points.length === 0) return null
  const anchor = points[0]![0]
  const offsets = points.map(([lon]) => lonDelta(anchor, lon))
  const west = Math.min(...offsets)
  const east = Math.max(...offsets)
  const south = Math.min(...points.map(([, lat]) => lat))
  const north = Math.max(...points.map(([, lat]) => lat))
  const grow = (low: number, high: number) => {
    const span = Math.max(high - low, minSpan / (1 + 2 * margin))
    const mid = (low + high) / 2
    const half = (span * (1 + 2 * margin)) / 2
    return [mid - half, mid + half] as const
  }
  const [w, e] = grow(west, east)
  const [s0, n0] = grow(south, north)
  const s = Math.max(s0, -85)
  const n = Math.min(n0, 85)
  const centerLongitude = anchor + (w + e) / 2
  // Corners and edge midpoints: a projected box bulges, so its corners alone can miss an edge.
  const coordinates: [number, number][] = []
  for (const lon of [w, (w + e) / 2, e]) for (const lat of [s, (s + n) / 2, n]) coordinates.push([anchor + lon, lat])
  return { centerLongitude, region: { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } } }
}
