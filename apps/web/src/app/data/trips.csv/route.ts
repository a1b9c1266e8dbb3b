import { stringify } from 'csv-stringify/sync'
import { cms } from '../../../lib/cms'
import { DATA_LICENSE, stopRows } from '../../../lib/open-data'

export const dynamic = 'force-dynamic'

/** One row per stop of every approved trip; source ids resolve at /sources/<id>. */
export async function GET() {
  const { trips } = await cms.reader.exportTrips.query()
  const csv = stringify(stopRows(trips), { header: true })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="itinera-trips.csv"',
      Link: `<${DATA_LICENSE.url}>; rel="license"`,
    },
  })
}
