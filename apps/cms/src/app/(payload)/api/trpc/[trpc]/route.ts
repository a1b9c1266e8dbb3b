import config from '@payload-config'
import { appRouter } from '@itinera/contracts'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { getPayload } from 'payload'
import { env } from '../../../../../env'
import { createContext } from '../../../../../trpc/createContext'
import { withServerTiming } from '../../../../../trpc/serverTiming'

const handler = async (req: Request) => {
  const payload = await getPayload({ config })
  return withServerTiming(payload, env.SERVER_TIMING, () =>
    fetchRequestHandler({
      endpoint: '/api/trpc',
      req,
      router: appRouter,
      createContext: () => createContext(payload, req.headers),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') payload.logger.error({ err: error, path }, 'tRPC procedure failed')
      },
    }),
  )
}

export { handler as GET, handler as POST }
