import { stringify } from 'csv-stringify/sync'
import { cmsExportPages, textStream } from '../../../lib/export-pages'
import { DATA_LICENSE, stopRows } from '@itinera/contracts/open-data'

export const dynamic = 'force-dynamic'

async function* csvChunks() {
  let header = true
  for await (const trips of cmsExportPages()) {
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
