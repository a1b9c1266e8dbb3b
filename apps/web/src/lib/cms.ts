import 'server-only'
import type { AppRouter } from '@itinera/contracts'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { env } from '../env'

/** Cache tags of the reader's data; the CMS revalidates them when content changes. */
export const CACHE_TAGS = { leaders: 'leaders' } as const

/**
 * The reader's only way to content: the CMS's public tRPC procedures over HTTP, from the
 * server. Responses are cached by Next's data cache under the given tags.
 */
export function cms({ tags, revalidate = 60 }: { tags: string[]; revalidate?: number }) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${env.CMS_URL}/api/trpc`,
        fetch: (url, init) => fetch(url, { ...(init as RequestInit), next: { tags, revalidate } }),
      }),
    ],
  })
}
