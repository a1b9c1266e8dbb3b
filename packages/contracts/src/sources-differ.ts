import { formatFactPath, tripFacts, type TTripFactsSource } from './trip-facts'

/** A fact on which sources disagree: the preferred value and the competing ones, each a citable fact. */
export interface TFactConflict {
  /** The preferred value's fact path, e.g. `stops.<stop>.dates`. */
  fact: string
  /** For editors and readers: "Stop 2: dates". */
  label: string
  /** Fact paths of the competing values, each with its own citations. */
  alternatives: string[]
}

const COMPETING = [
  { preferred: 'dates', alternatives: 'alternativeDates' },
  { preferred: 'polity', alternatives: 'alternativePolities' },
] as const

/** Where a trip records that sources differ, so the reader can say so next to the fact. */
export function sourcesDiffer(trip: TTripFactsSource): TFactConflict[] {
  const labels = new Map(tripFacts(trip).map((fact) => [fact.path, fact.label]))
  const conflicts: TFactConflict[] = []
  for (const stop of Array.isArray(trip.stops) ? trip.stops : []) {
    const stopId = stop.id
    if (!stopId) continue
    for (const { preferred, alternatives } of COMPETING) {
      const rows = stop[alternatives]
      const ids = (Array.isArray(rows) ? rows : []).flatMap((row) => (row.id ? [row.id] : []))
      if (!ids.length) continue
      const fact = formatFactPath({ kind: preferred, stopId })
      conflicts.push({
        fact,
        label: labels.get(fact) ?? fact,
        alternatives: ids.map((rowId) => formatFactPath({ kind: alternatives, stopId, rowId })),
      })
    }
  }
  return conflicts
}
