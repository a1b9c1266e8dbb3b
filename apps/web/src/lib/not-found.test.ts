import { TRPCClientError } from '@trpc/client'
import { describe, expect, it } from 'vitest'
import { isMissing } from './not-found'
import { routerWithoutCms } from './router-client.fixtures'

const errorOf = (read: Promise<unknown>) =>
  read.then(
    () => expect.unreachable('the read should have been refused'),
    (error: unknown) => error,
  )

describe('isMissing', () => {
  it('should treat every URL the procedures refuse as naming nothing (a 404, not a 500)', async () => {
    const refused = [
      routerWithoutCms.reader.trip.query({ slug: 'UPPER' }),
      routerWithoutCms.reader.trip.query({ slug: 'a'.repeat(81) }),
      routerWithoutCms.reader.trip.query({ slug: '\u0000' }),
      routerWithoutCms.reader.polity.query({ slug: '\u0938\uFFFD' }),
      routerWithoutCms.reader.source.query({ id: 99999999999 }),
      routerWithoutCms.reader.source.query({ id: 89, page: 99999999999 }),
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
