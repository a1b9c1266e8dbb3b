import type { TCertainty } from '@itinera/contracts/domain'
import { compareSortDays } from '@itinera/contracts/partial-date'
import { useId } from 'react'
import { round1 } from '../lib/geo'
import { formatIsoRange, stackLanes, ticksBetween, tripMark, yearFraction } from '../lib/timeline'

export interface TTimelineEra {
  label: string
  start: string
  /** Null while it lasts. */
  end: string | null
}

export interface TTimelineTrip {
  slug: string
  title: string
  start: string
  end: string
  certainty: TCertainty
  leader: string
  /** The dates as precise as known ("November 1964"); by default the ISO range in words. */
  dates?: string
}

export interface TTimelineProps {
  eras: TTimelineEra[]
  trips: TTimelineTrip[]
  /** ISO dates bounding the axis; by default the first era's start and today. */
  from?: string
  to?: string
  title?: string
}

// viewBox units. The drawing scales to its container: a narrow frame keeps the text about
// 8 px tall on a 320 px phone, and still wide enough to name the shortest tenure in its band.
const WIDTH = 440
const SIDE = 16
const DOT = 4
const LANE = 10
const TOP = 6
const BAND = 22
const TICK = 5
const AXIS = 22
const FONT = 12
const ERA_FONT = 11

/** "Title — Leader, 3–25 March 1949 (rumored)": any certainty short of confirmed is said. */
function tripTitle(trip: TTimelineTrip): string {
  const note = trip.certainty && trip.certainty !== 'confirmed' ? trip.certainty : null
  return `${trip.title} — ${trip.leader}, ${trip.dates ?? formatIsoRange(trip.start, trip.end)}${note ? ` (${note})` : ''}`
}

/**
 * The leaders' tenures as bands under a year axis, each trip a dot at its start date linking to
 * its page. Rumored and disputed trips are hollow and dashed, refuted ones dotted: the shape
 * says it, not only the colour. A hidden list by decade carries the same for screen readers.
 */
export function Timeline({ eras, trips, from, to, title = 'Foreign trips by date' }: TTimelineProps) {
  const titleId = useId()
  const today = new Date().toISOString().slice(0, 10)
  const eraStarts = eras.map((era) => yearFraction(era.start)).filter((year) => year != null)
  const start = yearFraction(from) ?? (eraStarts.length ? Math.min(...eraStarts) : yearFraction(today)! - 10)
  const end = Math.max(yearFraction(to) ?? yearFraction(today)!, start + 1)
  const x = (year: number) => round1(SIDE + ((year - start) / (end - start)) * (WIDTH - 2 * SIDE))

  const placed = trips
    .map((trip) => ({ trip, year: yearFraction(trip.start) }))
    .filter(
      (entry): entry is { trip: TTimelineTrip; year: number } =>
        entry.year != null && entry.year >= start && entry.year <= end,
    )
    .sort((a, b) => a.year - b.year)
  const xs = placed.map(({ year }) => x(year))
  const lanes = stackLanes(xs, DOT * 2 + 1)
  const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1))

  const bandY = TOP + laneCount * LANE + 4
  const axisY = bandY + BAND
  const height = axisY + AXIS

  const bands = eras.flatMap((era) => {
    const since = Math.max(yearFraction(era.start) ?? start, start)
    const until = Math.min(yearFraction(era.end) ?? end, end)
    if (until <= since) return []
    return [{ era, x0: x(since), x1: x(until) }]
  })
  const decades = ticksBetween(start, end)

  // The accessible list: every trip, readable dates or not, by decade of its start, in the order
  // trip lists use (earliest start, then latest end).
  const byDecade = new Map<string, TTimelineTrip[]>()
  for (const trip of [...trips].sort(compareSortDays)) {
    const year = yearFraction(trip.start)
    const decade = year == null ? 'Undated' : `${Math.floor(year / 10) * 10}s`
    const list = byDecade.get(decade) ?? []
    list.push(trip)
    byDecade.set(decade, list)
  }

  return (
    <div className="visual timeline">
      <svg className="timeline__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        <g aria-hidden="true">
          {bands.map(({ era, x0, x1 }, index) => {
            const label = era.label
            // Only a label that fits is drawn; the band's tooltip and the list name every era.
            const fits = label.length * ERA_FONT * 0.55 < x1 - x0 - 4
            return (
              <g key={`${era.label}-${era.start}`}>
                <rect
                  className={`timeline__era timeline__era--${index % 3}`}
                  x={x0}
                  y={bandY}
                  width={round1(x1 - x0)}
                  height={BAND}
                >
                  <title>{`${era.label}: ${formatIsoRange(era.start, era.end)}${era.end ? '' : ' –'}`}</title>
                </rect>
                {fits && (
                  <text
                    className="timeline__era-label"
                    x={round1((x0 + x1) / 2)}
                    y={bandY + BAND / 2}
                    dy="0.35em"
                    textAnchor="middle"
                  >
                    {label}
                  </text>
                )}
              </g>
            )
          })}
          <path
            className="timeline__axis"
            d={`M${SIDE} ${axisY}H${WIDTH - SIDE}${decades.map((decade) => `M${x(decade)} ${axisY}v${TICK}`).join('')}`}
          />
          {decades.map((decade) => (
            <text key={decade} className="timeline__year" x={x(decade)} y={axisY + TICK + FONT} textAnchor="middle">
              {decade}
            </text>
          ))}
        </g>
        {placed.map(({ trip }, index) => (
          <a
            key={trip.slug}
            className={`timeline__trip timeline__trip--${tripMark(trip.certainty)}`}
            href={`/trips/${trip.slug}`}
          >
            <title>{tripTitle(trip)}</title>
            <circle cx={xs[index]} cy={bandY - 4 - DOT - lanes[index]! * LANE} r={DOT} />
          </a>
        ))}
      </svg>
      <ul className="visual-legend" aria-hidden="true">
        <li>
          <svg className="visual-legend__swatch" viewBox="0 0 14 14" width="14" height="14">
            <circle className="timeline__mark timeline__mark--solid" cx="7" cy="7" r="5" />
          </svg>
          Confirmed or reported
        </li>
        <li>
          <svg className="visual-legend__swatch" viewBox="0 0 14 14" width="14" height="14">
            <circle className="timeline__mark timeline__mark--dashed" cx="7" cy="7" r="5" />
          </svg>
          Rumored or disputed
        </li>
        {placed.some(({ trip }) => tripMark(trip.certainty) === 'dotted') && (
          <li>
            <svg className="visual-legend__swatch" viewBox="0 0 14 14" width="14" height="14">
              <circle className="timeline__mark timeline__mark--dotted" cx="7" cy="7" r="5" />
            </svg>
            Refuted
          </li>
        )}
      </ul>
      <div className="visually-hidden">
        <p>{title}</p>
        <ul>
          {eras.map((era) => (
            <li key={`${era.label}-${era.start}`}>
              {era.label}: {formatIsoRange(era.start, era.end)}
              {era.end ? '' : ' to the present'}
            </li>
          ))}
        </ul>
        {trips.length === 0 ? (
          <p>No trips.</p>
        ) : (
          <ul>
            {[...byDecade].map(([decade, list]) => (
              <li key={decade}>
                {decade}: {list.length} {list.length === 1 ? 'trip' : 'trips'}
                <ul>
                  {list.map((trip) => (
                    <li key={trip.slug}>{tripTitle(trip)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
