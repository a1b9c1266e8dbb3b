import config from '@payload-config'
import { getPayload } from 'payload'
import { USERS } from '../../../../slugs'

export const dynamic = 'force-dynamic'

/** Ready only when the database answers a real query against the migrated schema. */
export async function GET() {
  try {
    const payload = await getPayload({ config })
    await payload.count({ collection: USERS, overrideAccess: true })
    return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } })
  }
}
