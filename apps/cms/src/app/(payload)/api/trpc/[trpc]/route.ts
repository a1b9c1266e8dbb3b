import config from '@payload-config'
import { getPayload } from 'payload'
import { env } from '../../../../../env'
import { handleTrpc } from '../../../../../trpc/handleTrpc'
import { withServerTiming } from '../../../../../trpc/serverTiming'

const handler = async (req: Request) => {
  const payload = await getPayload({ config })
  return withServerTiming(payload, env.SERVER_TIMING, () => handleTrpc(payload, req))
}

export { handler as GET, handler as POST }
