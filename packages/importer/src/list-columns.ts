import { splitPlaces, takeRefs, type TListRow } from './list-row'

/** The cells of a trip table that the importer reads, whichever form the table comes in (HTML, CSV). */
export type TListColumn = 'date' | 'country' | 'places' | 'counterpart' | 'details' | 'refs'

/** Header cell → column: the one table that both the HTML and the CSV reader read. */
const COLUMN_HEADERS: [RegExp, TListColumn][] = [
  [/^date/i, 'date'],
  [/^(country|state|nation|polity)/i, 'country'],
  [/^(location|place|cit(y|ies))/i, 'places'],
  [/^(leaders? met|counterparts?|people|met with|host)/i, 'counterpart'],
  [/^(details|notes?|purpose|remarks)/i, 'details'],
  // "Ref.", "Refs", "Ref(s)", "References", "Sources", "Citations"; not "Referendum" nor "Sourced from".
  [/^(ref(erence)?s?|sources?|citations?)\b/i, 'refs'],
]

/** The column a header cell names, or null for a column the importer does not read. */
export const columnOf = (header: string): TListColumn | null =>
  COLUMN_HEADERS.find(([pattern]) => pattern.test(header.trim()))?.[1] ?? null

/**
 * A table row read from its cells. The Refs column ("2; 3" or "[2] [3]") gives the sources of the
 * details: its numbers join the details cell as [n] markers.
 */
export function rowFromCells(line: number, dateText: string, cell: (column: TListColumn) => string): TListRow {
  const refs = cell('refs')
  const refMarkers = refs && !refs.includes('[') ? refs.replace(/(\d+)/g, '[$1]') : refs
  return {
    line,
    dateText,
    countryText: takeRefs(cell('country')).text || null,
    flagCountry: null,
    places: splitPlaces(cell('places')),
    counterpartText: cell('counterpart') || null,
    detailsText: [cell('details'), refMarkers].filter(Boolean).join(' ') || null,
    freeText: null,
  }
}
