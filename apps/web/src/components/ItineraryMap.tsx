import { useId } from 'react'
import { projectPath, regionAround, round1, worldCountries, type TLonLat } from '../lib/geo'

export interface TItineraryStop {
  label: string
  latitude: number | null
  longitude: number | null
}

export interface TItineraryMapProps {
  stops: TItineraryStop[]
  title: string
  width?: number
  height?: number
}

/** Room for a marker at the frame's edge. */
const PADDING = 24
const MARKER_RADIUS = 10

interface TMarker {
  x: number
  y: number
  /** Stop numbers, counted over all stops so they match the trip's list of stops. */
  numbers: number[]
  labels: string[]
}

const hasPosition = <T extends TItineraryStop>(stop: T): stop is T & { latitude: number; longitude: number } =>
  stop.latitude != null && stop.longitude != null && Number.isFinite(stop.latitude) && Number.isFinite(stop.longitude)

/** Stops drawn at the same point (there and back again) share one marker: "1, 4". */
function markersOf(points: { x: number; y: number; number: number; label: string }[]): TMarker[] {
  const markers: TMarker[] = []
  for (const point of points) {
    const same = markers.find((marker) => Math.hypot(marker.x - point.x, marker.y - point.y) < 1)
    if (same) {
      same.numbers.push(point.number)
      same.labels.push(point.label)
    } else {
      markers.push({ x: point.x, y: point.y, numbers: [point.number], labels: [point.label] })
    }
  }
  return markers
}

/**
 * A trip's route on a regional map: country outlines around the stops, numbered markers and a
 * line in stop order. Stops without coordinates are left off (the list says so); without any
 * located stop there is no map at all.
 */
export function ItineraryMap({ stops, title, width = 640, height = 400 }: TItineraryMapProps) {
  const titleId = useId()
  const numbered = stops.map((stop, index) => ({ ...stop, number: index + 1 }))
  const located = numbered.filter(hasPosition)
  const fit = regionAround(located.map((stop): TLonLat => [stop.longitude, stop.latitude]))
  if (!fit) return null

  const { draw, projection } = projectPath({
    width,
    height,
    fitTo: fit.region,
    padding: PADDING,
    centerLongitude: fit.centerLongitude,
    clip: true,
  })
  // Countries outside the frame are clipped to nothing and cost no bytes.
  const land = worldCountries()
    .map((country) => draw(country.feature))
    .join('')
  // Great-circle legs between stops, in order.
  const route =
    located.length > 1
      ? draw({ type: 'LineString', coordinates: located.map((stop) => [stop.longitude, stop.latitude]) }, 0)
      : null
  const markers = markersOf(
    located.flatMap((stop) => {
      const xy = projection([stop.longitude, stop.latitude])
      return xy ? [{ x: round1(xy[0]), y: round1(xy[1]), number: stop.number, label: stop.label }] : []
    }),
  )

  return (
    <div className="visual itinerary-map">
      <svg className="itinerary-map__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        <rect className="itinerary-map__sea" width={width} height={height} />
        <path className="itinerary-map__land" d={land} />
        {route && <path className="itinerary-map__route" d={route} />}
        {markers.map((marker) => {
          const text = marker.numbers.join(',')
          // A pill wide enough for "1,4"; a circle for one number.
          const half = Math.max(MARKER_RADIUS, 4 + text.length * 3.6)
          return (
            <g key={text} className="itinerary-map__marker" transform={`translate(${marker.x} ${marker.y})`}>
              <title>{marker.numbers.map((n, i) => `${n}. ${marker.labels[i]}`).join('; ')}</title>
              {/* Drawn around 0,0 so the stylesheet can enlarge it on a narrow screen. */}
              <g className="itinerary-map__pin">
                <rect x={-half} y={-MARKER_RADIUS} width={half * 2} height={MARKER_RADIUS * 2} rx={MARKER_RADIUS} />
                <text y="0.35em" textAnchor="middle">
                  {text}
                </text>
              </g>
            </g>
          )
        })}
      </svg>
      <ol className="visually-hidden">
        {numbered.map((stop) => (
          <li key={stop.number}>
            {stop.label}
            {!hasPosition(stop) && ' (not on the map: location unknown)'}
          </li>
        ))}
      </ol>
    </div>
  )
}
