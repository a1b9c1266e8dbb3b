import { appRouter } from '@itinera/contracts'
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { describe, expect, it } from 'vitest'
import { isMissing } from './not-found'

// The real router behind a real tRPC client: an input the procedures refuse is refused before
// any read, so no CMS is needed to see which error the reader gets for each URL.
const client = createTRPCClient<typeof appRouter>({
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

const errorOf = (read: Promise<unknown>) =>
  read.then(
    () => expect.unreachable('the read should have been refused'),
    (error: unknown) => error,
  )

describe('isMissing', () => {
  it('should treat every URL the procedures refuse as naming nothing (a 404, not a 500)', async () => {
    const refused = [
      client.reader.trip.query({ slug: 'UPPER' }),
      client.reader.trip.query({ slug: 'a'.repeat(81) }),
      client.reader.trip.query({ slug: '\u0000' }),
      client.reader.polity.query({ slug: '\u0938\uFFFD' }),
      client.reader.source.query({ id: 99999999999 }),
      client.reader.source.query({ id: 89, page: 99999999999 }),
    ]
    for (const read of refused) {
      const error = await errorOf(read)
      expect(error).toBeInstanceOf(TRPCClientError)
      expect(isMissing(error)).toBe(true)
    }
  })

  it('should leave a failure that is not the CMS refusing the URL to the error page', () => {
    expect(isMissing(new Error('CMS down'))).toBe(false)
  })
})
