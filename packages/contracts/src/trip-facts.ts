/**
 * The facts of a trip a reader sees, each addressed by a path built from stable array-row
 * IDs (not positions), so a citation keeps pointing at its fact when stops are reordered:
 *   certainty · stops.<stop>.dates · stops.<stop>.polity · stops.<stop>.places
 *   stops.<stop>.meetings.<meeting> · stops.<stop>.details.<detail>
 *   stops.<stop>.alternativeDates.<alt> · stops.<stop>.alternativePolities.<alt>  (competing values)
 * Only `factPath` writes these paths and only `parseFactPath` reads them.
 */

/** Facts a stop has once. */
export const STOP_FACTS = ['dates', 'polity', 'places'] as const
/** Facts a stop has once per row of the array of that name. */
export const STOP_ROW_FACTS = ['meetings', 'details', 'alternativeDates', 'alternativePolities'] as const

export type TStopFact = (typeof STOP_FACTS)[number]
export type TStopRowFact = (typeof STOP_ROW_FACTS)[number]

/** A fact path read into its parts. Row IDs are Payload's (ObjectID hex) or seed keys: never empty, never with a dot. */
export type TFactRef =
  { kind: 'certainty' } | { kind: TStopFact; stopId: string } | { kind: TStopRowFact; stopId: string; rowId: string }

const CERTAINTY = 'certainty'
const STOPS = 'stops'

/** The path of a fact. */
export function formatFactPath(ref: TFactRef): string {
  if (ref.kind === CERTAINTY) return CERTAINTY
  return 'rowId' in ref ? `${STOPS}.${ref.stopId}.${ref.kind}.${ref.rowId}` : `${STOPS}.${ref.stopId}.${ref.kind}`
}

/** Fact paths by name, for call sites that know which fact they mean. */
export const factPath = {
  certainty: () => formatFactPath({ kind: 'certainty' }),
  stopDates: (stopId: string) => formatFactPath({ kind: 'dates', stopId }),
  stopPolity: (stopId: string) => formatFactPath({ kind: 'polity', stopId }),
  stopPlaces: (stopId: string) => formatFactPath({ kind: 'places', stopId }),
  meeting: (stopId: string, rowId: string) => formatFactPath({ kind: 'meetings', stopId, rowId }),
  detail: (stopId: string, rowId: string) => formatFactPath({ kind: 'details', stopId, rowId }),
  alternativeDates: (stopId: string, rowId: string) => formatFactPath({ kind: 'alternativeDates', stopId, rowId }),
  alternativePolity: (stopId: string, rowId: string) => formatFactPath({ kind: 'alternativePolities', stopId, rowId }),
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  list.includes(value as T)

/** A fact path read into its parts, or null when it is not the path of any kind of fact. */
export function parseFactPath(path: string): TFactRef | null {
  if (path === CERTAINTY) return { kind: 'certainty' }
  const parts = path.split('.')
  if (parts[0] !== STOPS || parts.some((part) => part === '')) return null
  const [, stopId, kind, rowId] = parts as [string, string, string | undefined, string | undefined]
  if (parts.length === 3 && isOneOf(STOP_FACTS, kind)) return { kind, stopId }
  if (parts.length === 4 && isOneOf(STOP_ROW_FACTS, kind) && rowId) return { kind, stopId, rowId }
  return null
}

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

const FACT_WORDS: Record<TStopFact | TStopRowFact, string> = {
  dates: 'dates',
  polity: 'country',
  places: 'places',
  meetings: 'meeting',
  details: 'detail',
  alternativeDates: 'other dates given',
  alternativePolities: 'other country given',
}

/**
 * A fact in words, from where its stop and row stand in the trip (0-based): "Stop 2: meeting 1",
 * or "Stop 2 (North Vietnam): dates" where the stop's country is known; a row index below 0 is a
 * row the trip no longer has.
 */
export function tripFactLabel(ref: TFactRef, stopIndex = 0, rowIndex = 0, stopCountry?: string | null): string {
  if (ref.kind === CERTAINTY) return 'Certainty of the trip'
  const what = FACT_WORDS[ref.kind]
  const stop = stopCountry ? `Stop ${stopIndex + 1} (${stopCountry})` : `Stop ${stopIndex + 1}`
  if (!('rowId' in ref)) return `${stop}: ${what}`
  return rowIndex < 0 ? `${stop}: a ${what} since removed` : `${stop}: ${what} ${rowIndex + 1}`
}

export function tripFacts(trip: TTripFactsSource): TTripFact[] {
  const facts: TTripFact[] = [{ path: factPath.certainty(), label: tripFactLabel({ kind: CERTAINTY }) }]
  rowsOf(trip.stops).forEach((stop, index) => {
    const stopId = stop.id
    if (!stopId) return
    const stopFact = (kind: TStopFact) => ({
      path: formatFactPath({ kind, stopId }),
      label: tripFactLabel({ kind, stopId }, index),
    })
    facts.push(stopFact('dates'))
    if (stop.polity != null) facts.push(stopFact('polity'))
    if (rowsOf(stop.places).length) facts.push(stopFact('places'))
    const rows = (list: { id?: string | null }[] | null | undefined, kind: TStopRowFact) =>
      rowsOf(list).forEach((row, i) => {
        if (!row.id) return
        const ref = { kind, stopId, rowId: row.id }
        facts.push({ path: formatFactPath(ref), label: tripFactLabel(ref, index, i) })
      })
    rows(stop.meetings, 'meetings')
    rows(stop.details, 'details')
    rows(stop.alternativeDates, 'alternativeDates')
    rows(stop.alternativePolities, 'alternativePolities')
  })
  return facts
}

/** Facts with no citation: a trip cannot be approved while any remain. */
export function uncitedFacts(trip: TTripFactsSource): TTripFact[] {
  const cited = new Set(rowsOf(trip.citations).map((citation) => citation.fact))
  return tripFacts(trip).filter((fact) => !cited.has(fact.path))
}
