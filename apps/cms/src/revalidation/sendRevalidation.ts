import { REVALIDATION_MAX_TAGS, signRevalidation } from '@itinera/contracts/revalidation'
import type { Payload } from 'payload'
import { inBatches } from './inBatches'

/** The reader's /api/revalidate and the secret shared with it. */
export interface TRevalidationTarget {
  url: string
  secret: string
}

/**
 * Names the changed pages' tags to the reader in signed calls. Never throws: a reader that is
 * down refreshes by its cache TTL instead, and the miss is logged.
 */
export async function sendRevalidation(
  payload: Payload,
  { url, secret }: TRevalidationTarget,
  tags: string[],
): Promise<void> {
  for (const batch of inBatches(tags, REVALIDATION_MAX_TAGS)) {
    const body = JSON.stringify({ tags: batch })
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...signRevalidation(secret, body) },
        body,
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok)
        payload.logger.warn(
          `Reader revalidation of ${batch.length} tag(s) answered ${response.status}: ${await response.text()}`,
        )
    } catch (error) {
      // No reader running (the seed before the stack starts it) is normal: it reads fresh on start.
      payload.logger.info(`Reader revalidation of ${batch.length} tag(s) not delivered: ${(error as Error).message}`)
    }
  }
}
