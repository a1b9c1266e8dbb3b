import { CSV_OPTIONS, stopRows } from '@itinera/contracts/open-data'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { stringify } from 'csv-stringify/sync'

/** The CSV export as text chunks: one row per stop, a header before the first, formula cells escaped. */
export async function* tripsCsvChunks(pages: AsyncIterable<TPublicTrip[]>): AsyncGenerator<string> {
  let header = true
  for await (const trips of pages) {
    const rows = stopRows(trips)
    if (!rows.length) continue
    yield stringify(rows, { ...CSV_OPTIONS, header })
    header = false
  }
}
