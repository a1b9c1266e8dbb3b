import { TRPCClientError } from '@trpc/client'
import { notFound } from 'next/navigation'

/**
 * A CMS read whose NOT_FOUND (not approved, or never existed) is the reader's 404. So is a
 * FORBIDDEN (a trip withheld while it is reviewed again): the proxy answers those with why
 * (src/proxy.ts); a page read that meets one first still shows none of the trip.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read
  } catch (error) {
    const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') notFound()
    throw error
  }
}
