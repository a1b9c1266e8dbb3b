import { endOf, precisionOf, startOf } from './partial-date'
import type { TPublicTrip } from './schemas'
import { factPath } from './trip-facts'

export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Itinera contributors',
}

/** Every approved trip, a page of the reader's `exportTrips` at a time, in its order. */
export async function* exportPages(
  exportTrips: (input: { page: number }) => Promise<{ trips: TPublicTrip[]; nextPage: number | null }>,
): AsyncGenerator<TPublicTrip[]> {
  for (let page: number | null = 1; page !== null;) {
    const answer = await exportTrips({ page })
    yield answer.trips
    page = answer.nextPage
  }
}

/**
 * csv-stringify options every CSV we write uses: a cell starting with `=`, `+`, `-`, `@`, tab or CR
 * (or their full-width forms) gets a leading `'`, so a spreadsheet shows a place named
 * `=HYPERLINK(…)` as text instead of running it (CSV injection). Numbers stay numbers.
 */
export const CSV_OPTIONS = { escape_formulas: true } as const

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`)

/**
 * The JSON export as text chunks, page by page: the same bytes as
 * `JSON.stringify({ ...meta, ...openDataJson(allTrips) }, null, 2)`, with each source once.
 */
export async function* openDataJsonChunks(
  meta: Record<string, unknown>,
  pages: AsyncIterable<TPublicTrip[]>,
): AsyncGenerator<string> {
  const head = JSON.stringify({ ...meta, trips: [] }, null, 2)
  yield head.slice(0, head.lastIndexOf('[]'))
  const sources = new Map<number, TPublicTrip['citations'][number]['source']>()
  let count = 0
  for await (const page of pages) {
    const compact = openDataJson(page)
    for (const source of compact.sources) sources.set(source.id, source)
    for (const trip of compact.trips)
      yield `${count++ === 0 ? '[\n    ' : ',\n    '}${indent(JSON.stringify(trip, null, 2), '    ')}`
  }
  const sorted = [...sources.values()].sort((a, b) => a.id - b.id)
  yield `${count === 0 ? '[]' : '\n  ]'},\n  "sources": ${indent(JSON.stringify(sorted, null, 2), '  ')}\n}\n`
}

/**
 * The JSON export: every trip with its citations pointing at sources by id, and each source
 * once, so a source cited a hundred times is not written a hundred times.
 */
export function openDataJson(trips: TPublicTrip[]) {
  const sources = new Map<number, TPublicTrip['citations'][number]['source']>()
  const compact = trips.map((trip) => ({
    ...trip,
    citations: trip.citations.map(({ source, ...citation }) => {
      sources.set(source.id, source)
      return { ...citation, sourceId: source.id }
    }),
  }))
  return { trips: compact, sources: [...sources.values()].sort((a, b) => a.id - b.id) }
}

/** One row per stop: what a spreadsheet user needs, each row with the sources that support it. */
export function stopRows(trips: TPublicTrip[]) {
  return trips.flatMap((trip) =>
    trip.stops.map((stop, index) => {
      const facts = new Set([factPath.stopDates(stop.id), factPath.stopPolity(stop.id), factPath.stopPlaces(stop.id)])
      for (const meeting of stop.meetings) facts.add(factPath.meeting(stop.id, meeting.id))
      for (const detail of stop.details) facts.add(factPath.detail(stop.id, detail.id))
      const sources = [
        ...new Set(trip.citations.filter((citation) => facts.has(citation.fact)).map((citation) => citation.source.id)),
      ]
      return {
        trip: trip.slug,
        title: trip.title,
        leader: trip.leader.name,
        certainty: trip.certainty,
        stop: index + 1,
        start: stop.start ? startOf(stop.start) : '',
        end: stop.start ? endOf(stop.end ?? stop.start) : '',
        precision: stop.start ? precisionOf(stop.start) : '',
        country: stop.polity?.name ?? '',
        places: stop.places.map((place) => place.name).join('; '),
        people: stop.meetings
          .map((meeting) => [meeting.person?.name, meeting.title].filter(Boolean).join(', '))
          .join('; '),
        details: stop.details.map((detail) => detail.text).join(' '),
        source_ids: sources.join('; '),
        approved_at: trip.approvedAt ?? '',
      }
    }),
  )
}
