import { env } from '../../../env'
import { cmsExportPages } from '../../../lib/export-pages'
import { openDataResponse } from '../../../lib/open-data-file'
import { DATA_LICENSE, openDataJsonChunks } from '@itinera/contracts/open-data'

export const dynamic = 'force-dynamic'

/** Every approved trip with its stops and citations, under an open license, as a file written once per change. */
export async function GET() {
  const meta = {
    title: "Itinera: international trips of North Korea's leaders",
    license: DATA_LICENSE,
    source: env.WEB_URL,
  }
  return openDataResponse('trips.json', () => openDataJsonChunks(meta, cmsExportPages()), {
    'Content-Type': 'application/json; charset=utf-8',
    Link: `<${DATA_LICENSE.url}>; rel="license"`,
  })
}
