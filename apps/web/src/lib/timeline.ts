import type { TCertainty } from '@itinera/contracts/domain'
import { formatDateRange, type TPartialDate } from '@itinera/contracts/partial-date'

/** Pure layout for the trips timeline: dates to positions, and dots stacked so none overlap. */

/** "1956", "1956-06" or "1956-06-01" (a longer ISO timestamp too) as a partial date; null if unreadable. */
export function parseIsoDate(iso: string | null | undefined): TPartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso?.trim() ?? '')
  if (!match) return null
  const year = Number(match[1])
  const month = match[2] ? Number(match[2]) : null
  const day = match[3] ? Number(match[3]) : null
  if ((month != null && (month < 1 || month > 12)) || (day != null && (day < 1 || day > 31))) return null
  return { year, month, day, circa: false }
}

/** A date as a fractional year (1 July 1956 ≈ 1956.5): the timeline's x axis. */
export function yearFraction(iso: string | null | undefined): number | null {
  const date = parseIsoDate(iso)
  if (!date) return null
  const start = Date.UTC(date.year, 0, 1)
  const next = Date.UTC(date.year + 1, 0, 1)
  const at = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
  return date.year + (at - start) / (next - start)
}

/** "3–25 March 1949", or the start alone when the end is missing or unreadable. */
export function formatIsoRange(start: string, end: string | null | undefined): string {
  const from = parseIsoDate(start)
  if (!from) return start
  return formatDateRange(from, parseIsoDate(end))
}

/**
 * Lanes for dots at x positions (in any order): each dot goes to the lowest lane whose last dot
 * is at least `gap` to its left, so close trips stack instead of hiding each other. Returns one
 * lane index per input, in input order.
 */
export function stackLanes(xs: readonly number[], gap: number): number[] {
  const order = xs.map((x, index) => ({ x, index })).sort((a, b) => a.x - b.x || a.index - b.index)
  const lastX: number[] = []
  const lanes = new Array<number>(xs.length).fill(0)
  for (const { x, index } of order) {
    let lane = lastX.findIndex((last) => x - last >= gap)
    if (lane === -1) lane = lastX.length
    lastX[lane] = x
    lanes[index] = lane
  }
  return lanes
}

/** Every year divisible by `step` in [from, to]. */
export function ticksBetween(from: number, to: number, step = 10): number[] {
  const ticks: number[] = []
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year)
  return ticks
}

/** Certainties shown hollow and dashed: the trip may not have happened as told. */
export const UNCERTAIN = new Set<TCertainty>(['rumored', 'disputed'])

/** The mark a trip gets; the class names are part of the stylesheet's contract. */
export function tripMark(certainty: TCertainty): 'solid' | 'dashed' | 'dotted' {
  if (certainty === 'refuted') return 'dotted'
  return UNCERTAIN.has(certainty) ? 'dashed' : 'solid'
}
