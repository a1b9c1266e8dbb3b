import { env } from '../../../env'
import { cms } from '../../../lib/cms'
import { DATA_LICENSE, openDataJson } from '../../../lib/open-data'

export const dynamic = 'force-dynamic'

/** Every approved trip with its stops and citations, under an open license. */
export async function GET() {
  const { trips } = await cms.reader.exportTrips.query()
  const body = {
    title: "Itinera: international trips of North Korea's leaders",
    license: DATA_LICENSE,
    source: env.WEB_URL,
    ...openDataJson(trips),
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', Link: `<${DATA_LICENSE.url}>; rel="license"` },
  })
}
