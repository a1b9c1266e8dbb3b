import { cmsExportPages } from '../../../lib/export-pages'
import { openDataResponse } from '../../../lib/open-data-file'
import { tripsCsvChunks } from '../../../lib/trips-csv'
import { DATA_LICENSE } from '@itinera/contracts/open-data'

export const dynamic = 'force-dynamic'

/** One row per stop of every approved trip, as a file written once per change; source ids resolve at /sources/<id>. */
export async function GET() {
  return openDataResponse('trips.csv', () => tripsCsvChunks(cmsExportPages()), {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="itinera-trips.csv"',
    Link: `<${DATA_LICENSE.url}>; rel="license"`,
  })
}
