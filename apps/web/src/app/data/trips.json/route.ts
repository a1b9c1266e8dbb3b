import { env } from '../../../env'
import { cmsExportPages, textStream } from '../../../lib/export-pages'
import { DATA_LICENSE, openDataJsonChunks } from '@itinera/contracts/open-data'

export const dynamic = 'force-dynamic'

/** Every approved trip with its stops and citations, under an open license, streamed page by page. */
export function GET() {
  const meta = {
    title: "Itinera: international trips of North Korea's leaders",
    license: DATA_LICENSE,
    source: env.WEB_URL,
  }
  return new Response(textStream(openDataJsonChunks(meta, cmsExportPages())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', Link: `<${DATA_LICENSE.url}>; rel="license"` },
  })
}
