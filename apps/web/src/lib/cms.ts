import type { AppRouter } from '@itinera/contracts'
import { createTRPCClient, httpLink } from '@trpc/client'
import { env } from '../env'
import { cachePolicy } from './cache-policy'

export { MAX_AGE_SECONDS } from './cache-policy'

/** The CMS's public tRPC procedures, each GET fetched with `init` added (how Next's data cache treats it). */
const cmsClient = (init: (url: string) => RequestInit) =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${env.CMS_URL}/api/trpc`,
        fetch: (url, options) => fetch(url, { ...(options as RequestInit), ...init(String(url)) }),
      }),
    ],
  })

/**
 * The reader's only way to content: the CMS's public tRPC procedures, from the server. Each
 * query is a GET cached by Next under tags naming what it shows, until the CMS's signed
 * webhook revalidates those tags once a change commits; free-text searches are not cached
 * (cache-policy.ts). Read on the server only: by route handlers and by the Pages Router's
 * `getStaticProps` and `getServerSideProps`, which Next leaves out of the browser's bundle (Turbopack refuses `server-only`
 * in the Pages Router, even on the server).
 */
export const cms = cmsClient(cachePolicy)

/**
 * The same procedures read fresh, never from Next's data cache: for a decision that must see the
 * CMS as it is now (whether a kept page stands before it is rendered again, src/pages/api/revalidate-pages.ts).
 */
export const freshCms = cmsClient(() => ({ cache: 'no-store' }))
