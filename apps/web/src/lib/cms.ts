import 'server-only'
import type { AppRouter } from '@itinera/contracts'
import { createTRPCClient, httpLink } from '@trpc/client'
import { env } from '../env'
import { tagsForUrl } from './cache-tags'

/** A backstop: tagged data is revalidated by the CMS's webhook within seconds; this bounds a missed call. */
export const MAX_AGE_SECONDS = 300

/**
 * The reader's only way to content: the CMS's public tRPC procedures, from the server. Each
 * query is a GET cached by Next under tags naming what it shows, until the CMS's signed
 * webhook revalidates those tags once a change commits.
 */
export const cms = createTRPCClient<AppRouter>({
  links: [
    httpLink({
      url: `${env.CMS_URL}/api/trpc`,
      fetch: (url, init) =>
        fetch(url, {
          ...(init as RequestInit),
          cache: 'force-cache',
          next: { tags: tagsForUrl(String(url)), revalidate: MAX_AGE_SECONDS },
        }),
    }),
  ],
})
