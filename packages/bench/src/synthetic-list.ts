import { PLACES, POLITIES } from '@itinera/importer/gazetteer'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A deterministic trip list of `rows` rows in the scraped text form, over the gazetteer's places. */
export function syntheticList(rows: number): string {
  const places = PLACES.filter((place) => POLITIES.some((polity) => polity.slug === place.polity))
  const lines = ['Synthetic list of trips', '', 'Date(s)CountryLocationsLeaders metDetails']
  for (let row = 0; row < rows; row += 1) {
    const place = places[(row * 7) % places.length]!
    const polity = POLITIES.find((candidate) => candidate.slug === place.polity)!
    const year = 1950 + (row % 70)
    const month = MONTHS[(row * 5) % 12]!
    const day = 1 + ((row * 3) % 20)
    lines.push(
      `${day}-${day + 3} ${month} ${year}Flag of ${polity.name}.svg  ${polity.name} ${place.name} Flag of ${polity.name}.svg Chairman of Council Person ${row} Talks number ${row}. [${1 + (row % 3)}]`,
    )
  }
  lines.push(
    '',
    'References',
    '',
    '  1. "Synthetic report one". Example News. 1 January 1960.',
    '  2. "Synthetic report two". Example News. 2 January 1970.',
    '  3. Doe, Jane (1980). Synthetic Book. Example Press. ISBN 978-0-306-40615-7.',
  )
  return `${lines.join('\n')}\n`
}
