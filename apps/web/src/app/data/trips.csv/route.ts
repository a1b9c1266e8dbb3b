import { cmsExportPages, textStream } from '../../../lib/export-pages'
import { tripsCsvChunks } from '../../../lib/trips-csv'
import { DATA_LICENSE } from '@itinera/contracts/open-data'

export const dynamic = 'force-dynamic'

/** One row per stop of every approved trip, streamed page by page; source ids resolve at /sources/<id>. */
export function GET() {
  return new Response(textStream(tripsCsvChunks(cmsExportPages())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="itinera-trips.csv"',
      Link: `<${DATA_LICENSE.url}>; rel="license"`,
    },
  })
}
