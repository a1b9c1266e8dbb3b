import 'server-only'
import type { AppRouter } from '@itinera/contracts'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { env } from '../env'

/**
 * The reader's only way to content: the CMS's public tRPC procedures over HTTP, from the
 * server. Uncached until approvals revalidate the reader by tag: a reader must never see
 * content the CMS no longer publishes.
 */
export const cms = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: `${env.CMS_URL}/api/trpc`,
      fetch: (url, init) => fetch(url, { ...(init as RequestInit), cache: 'no-store' }),
    }),
  ],
})
