import { TRPCClientError } from '@trpc/client'
import { notFound } from 'next/navigation'

/** A CMS read whose NOT_FOUND (not approved, or never existed) is the reader's 404. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'NOT_FOUND')
      notFound()
    throw error
  }
}
