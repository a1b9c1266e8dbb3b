/**
 * The facts of a trip a reader sees, each addressed by a path built from stable array-row
 * IDs (not positions), so a citation keeps pointing at its fact when stops are reordered:
 *   certainty · stops.<stop>.dates · stops.<stop>.polity · stops.<stop>.places
 *   stops.<stop>.meetings.<meeting> · stops.<stop>.details.<detail>
 *   stops.<stop>.alternativeDates.<alt> · stops.<stop>.alternativePolities.<alt>  (competing values)
 */
export interface TTripFactsSource {
  stops?:
    | {
        id?: string | null
        polity?: unknown
        places?: unknown[] | null
        meetings?: { id?: string | null }[] | null
        details?: { id?: string | null }[] | null
        alternativeDates?: { id?: string | null }[] | null
        alternativePolities?: { id?: string | null }[] | null
      }[]
    | null
  citations?: { fact?: string | null }[] | null
}

export interface TTripFact {
  path: string
  /** For editors: "Stop 2: meeting 1". */
  label: string
}

// Form state (the admin's) holds an empty array field as its row count, not as [].
const rowsOf = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : [])

export function tripFacts(trip: TTripFactsSource): TTripFact[] {
  const facts: TTripFact[] = [{ path: 'certainty', label: 'Certainty of the trip' }]
  rowsOf(trip.stops).forEach((stop, index) => {
    if (!stop.id) return
    const base = `stops.${stop.id}`
    const name = `Stop ${index + 1}`
    facts.push({ path: `${base}.dates`, label: `${name}: dates` })
    if (stop.polity != null) facts.push({ path: `${base}.polity`, label: `${name}: country` })
    if (rowsOf(stop.places).length) facts.push({ path: `${base}.places`, label: `${name}: places` })
    const rows = (list: { id?: string | null }[] | null | undefined, key: string, what: string) =>
      rowsOf(list).forEach((row, i) => row.id && facts.push({ path: `${base}.${key}.${row.id}`, label: `${name}: ${what} ${i + 1}` }))
    rows(stop.meetings, 'meetings', 'meeting')
    rows(stop.details, 'details', 'detail')
    rows(stop.alternativeDates, 'alternativeDates', 'other dates given')
    rows(stop.alternativePolities, 'alternativePolities', 'other country given')
  })
  return facts
}

/** Facts with no citation: a trip cannot be approved while any remain. */
export function uncitedFacts(trip: TTripFactsSource): TTripFact[] {
  const cited = new Set(rowsOf(trip.citations).map((citation) => citation.fact))
  return tripFacts(trip).filter((fact) => !cited.has(fact.path))
}
