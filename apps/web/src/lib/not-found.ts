import { TRPCClientError } from '@trpc/client'

// NOT_FOUND: not approved, or never existed. FORBIDDEN: a trip withheld while it is reviewed
// again (the proxy, src/proxy.ts, answers those with why; a read that meets one first still shows
// none of it). BAD_REQUEST: a URL that cannot name a record (`/trips/UPPER`, an id past the
// largest, a slug of 81 characters): there is nothing at it either.
const MISSING_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST'])

/** Whether a CMS read failed because the URL names nothing the reader may show: the reader's 404. */
export function isMissing(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false
  const code = (error.data as { code?: string } | undefined)?.code
  return code !== undefined && MISSING_CODES.has(code)
}

/** A CMS read, or null when it failed because nothing is there (`isMissing`). */
export async function orMissing<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}
