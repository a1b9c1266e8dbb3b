import { appRouter } from '@itinera/contracts'
import { createTRPCClient, httpLink } from '@trpc/client'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'

/**
 * The real router behind a real tRPC client, with no CMS behind it: an input the procedures
 * refuse is refused before any read, so tests see which error the reader gets for each URL.
 */
export const routerWithoutCms = createTRPCClient<typeof appRouter>({
  links: [
    httpLink({
      url: 'http://cms.test/api/trpc',
      fetch: (url, init) =>
        fetchRequestHandler({
          endpoint: '/api/trpc',
          req: new Request(url, init as RequestInit),
          router: appRouter,
          createContext: () => ({}) as never,
        }),
    }),
  ],
})
