import { geoCentroid, type GeoProjection } from 'd3-geo'
import { type ReactElement, useId } from 'react'
import {
  countryOwners,
  politiesToCountryCodes,
  polityCodes,
  projectPath,
  round1,
  smallCountryPoint,
  worldCountries,
  type TCountry,
  type TPolityVisits,
} from '../lib/geo'

/** Visit counts as four shades; the legend and the hidden table say the same in words. */
export const VISIT_STEPS = [
  { step: 1, min: 1, label: '1 visit' },
  { step: 2, min: 2, label: '2–4 visits' },
  { step: 3, min: 5, label: '5–9 visits' },
  { step: 4, min: 10, label: '10 or more' },
] as const

export function visitStep(count: number): number {
  let step = 0
  for (const entry of VISIT_STEPS) if (count >= entry.min) step = entry.step
  return step
}

export const visitsLabel = (count: number) => `${count} ${count === 1 ? 'visit' : 'visits'}`

interface TShapes {
  projection: GeoProjection
  sphere: string
  /** Path data per country, in worldCountries() order. */
  countries: string[]
}
const shapesBySize = new Map<string, TShapes>()

/** The projected world for one frame size, computed once: the atlas never changes. */
function worldShapes(width: number, height: number): TShapes {
  const key = `${width}x${height}`
  let shapes = shapesBySize.get(key)
  if (!shapes) {
    const { draw, projection } = projectPath({ width, height, padding: 1 })
    shapes = {
      projection,
      sphere: draw({ type: 'Sphere' }),
      countries: worldCountries().map((country) => draw(country.feature)),
    }
    shapesBySize.set(key, shapes)
  }
  return shapes
}

export interface TWorldMapProps {
  visits: TPolityVisits[]
  title: string
  width?: number
  height?: number
}

/**
 * Visits per country on a world map, rendered on the server as plain SVG. A historical polity
 * lights up all of its modern countries; each visited polity is one link to its page. The
 * visually hidden table beside it carries the same data for screen readers.
 */
export function WorldMap({ visits, title, width = 960, height = 500 }: TWorldMapProps) {
  const titleId = useId()
  const shown = visits.filter((visit) => visit.count > 0)
  const totals = politiesToCountryCodes(shown)
  const owners = countryOwners(shown)
  const { projection, sphere, countries: countryPaths } = worldShapes(width, height)

  // Unvisited countries share one path: they are background, not content.
  let land = ''
  const shapes = new Map<string, { d: string; country: TCountry }[]>()
  worldCountries().forEach((country, index) => {
    const d = countryPaths[index]!
    if (country.alpha2 && owners.has(country.alpha2)) {
      const list = shapes.get(country.alpha2) ?? []
      list.push({ d, country })
      shapes.set(country.alpha2, list)
    } else {
      land += d
    }
  })

  // A code shared by several visited polities says whose visits its shade adds up.
  const sharedNote = (code: string, total: number) => {
    const sharing = shown.filter(({ polity }) => polityCodes(polity).includes(code))
    return sharing.length > 1
      ? `${visitsLabel(total)} in all (${sharing.map(({ polity, count }) => `${polity.name} ${count}`).join(', ')})`
      : null
  }

  const marks = shown.map(({ polity }, index) =>
    polityCodes(polity)
      .filter((code) => owners.get(code) === index)
      .flatMap((code): ReactElement[] => {
        const total = totals.get(code) ?? 0
        const className = `world-map__country visits-${visitStep(total)}`
        const note = sharedNote(code, total)
        const dot = (key: string, lonLat: readonly [number, number], label: string | null): ReactElement[] => {
          const xy = projection([lonLat[0], lonLat[1]])
          if (!xy) return []
          return [
            <circle key={key} className={className} cx={round1(xy[0])} cy={round1(xy[1])} r="3.5">
              {label && <title>{label}</title>}
            </circle>,
          ]
        }
        const drawn = shapes.get(code)
        if (drawn) {
          return drawn.flatMap(({ d, country }, part) => {
            const label = note && `${country.name}: ${note}`
            if (d) {
              return [
                <path key={`${code}-${part}`} className={className} d={d}>
                  {label && <title>{label}</title>}
                </path>,
              ]
            }
            // Shrunk to nothing in a small frame: a dot keeps it visible and clickable.
            return dot(`${code}-${part}`, geoCentroid(country.feature), label)
          })
        }
        // Too small for the atlas (Singapore, Malta): a dot where it is.
        const point = smallCountryPoint(code)
        return point ? dot(code, point, note) : []
      }),
  )
  const unmarked = shown.filter((_, index) => marks[index]!.length === 0)
  // Land another visited polity's shading already covers (North Vietnam's within Vietnam's) is on
  // the map, in that shading; only a polity with no land drawn at all is missing from it.
  const shadedWith = (visit: TPolityVisits) => {
    const code = polityCodes(visit.polity).find((candidate) => owners.has(candidate))
    return code === undefined ? undefined : shown[owners.get(code)!]!.polity
  }
  const shared = unmarked.filter((visit) => shadedWith(visit))
  const unmapped = unmarked.filter((visit) => !shadedWith(visit))
  const rows = [...shown].sort((a, b) => b.count - a.count || a.polity.name.localeCompare(b.polity.name))

  return (
    <div className="visual world-map">
      <svg className="world-map__svg" viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        <path className="world-map__sphere" d={sphere} aria-hidden="true" />
        <path className="world-map__land" d={land} aria-hidden="true" />
        {shown.map(({ polity, count }, index) =>
          marks[index]!.length > 0 ? (
            <a key={polity.slug} className="world-map__polity" href={`/countries/${polity.slug}`}>
              <title>{`${polity.name}: ${visitsLabel(count)}`}</title>
              {marks[index]}
            </a>
          ) : null,
        )}
      </svg>
      <ul className="visual-legend" aria-hidden="true">
        {VISIT_STEPS.map(({ step, label }) => (
          <li key={step}>
            <svg className="visual-legend__swatch" viewBox="0 0 14 14" width="14" height="14">
              <rect className={`world-map__country visits-${step}`} width="14" height="14" />
            </svg>
            {label}
          </li>
        ))}
        <li>
          <svg className="visual-legend__swatch" viewBox="0 0 14 14" width="14" height="14">
            <rect className="world-map__land" width="14" height="14" />
          </svg>
          Not visited
        </li>
      </ul>
      {shared.length > 0 && (
        <p className="visual-note">
          On the map in the shading of another country visited on the same land:{' '}
          {shared.map((visit, index) => (
            <span key={visit.polity.slug}>
              {index > 0 && ', '}
              <a href={`/countries/${visit.polity.slug}`}>{visit.polity.name}</a> ({visitsLabel(visit.count)}, shaded
              with {shadedWith(visit)!.name})
            </span>
          ))}
          .
        </p>
      )}
      {unmapped.length > 0 && (
        <p className="visual-note">
          Also visited, not on the map:{' '}
          {unmapped.map(({ polity, count }, index) => (
            <span key={polity.slug}>
              {index > 0 && ', '}
              <a href={`/countries/${polity.slug}`}>{polity.name}</a> ({visitsLabel(count)})
            </span>
          ))}
          .
        </p>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Visits</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>No visits</td>
            </tr>
          ) : (
            rows.map(({ polity, count }) => (
              <tr key={polity.slug}>
                <th scope="row">{polity.name}</th>
                <td>{count}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
