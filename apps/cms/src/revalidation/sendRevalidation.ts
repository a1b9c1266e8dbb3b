import { REVALIDATION_MAX_TAGS, signRevalidation } from '@itinera/contracts/revalidation'
import { inBatches } from './inBatches'

/** The reader's /api/revalidate and the secret shared with it. */
export interface TRevalidationTarget {
  url: string
  secret: string
}

/** Names the changed pages' tags to the reader in signed calls; throws when the reader did not take them, so the job is retried. */
export async function sendRevalidation({ url, secret }: TRevalidationTarget, tags: string[]): Promise<void> {
  for (const batch of inBatches(tags, REVALIDATION_MAX_TAGS)) {
    const body = JSON.stringify({ tags: batch })
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signRevalidation(secret, body) },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok)
      throw new Error(
        `Reader revalidation of ${batch.length} tag(s) answered ${response.status}: ${await response.text()}`,
      )
  }
}
