import { stringify } from 'csv-stringify/sync'
import { exportPages, textStream } from '../../../lib/export-pages'
import { DATA_LICENSE, stopRows } from '../../../lib/open-data'

export const dynamic = 'force-dynamic'

async function* csvChunks() {
  let header = true
  for await (const trips of exportPages()) {
    const rows = stopRows(trips)
    if (!rows.length) continue
    yield stringify(rows, { header })
    header = false
  }
}

/** One row per stop of every approved trip, streamed page by page; source ids resolve at /sources/<id>. */
export function GET() {
  return new Response(textStream(csvChunks()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="itinera-trips.csv"',
      Link: `<${DATA_LICENSE.url}>; rel="license"`,
    },
  })
}
