import { REVALIDATION_MAX_TAGS, signRevalidation } from '@itinera/contracts/revalidation'
import { inBatches } from './inBatches'

/** Each reader instance's /api/revalidate, and the secret shared with them. */
export interface TRevalidationTarget {
  urls: string[]
  secret: string
}

async function post(url: string, secret: string, tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags })
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...signRevalidation(secret, body) },
    body,
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
}

/**
 * Names the changed pages' tags to every reader instance in signed calls; throws when one did not
 * take them, so the job is retried (naming tags again to those that did costs a re-render only).
 */
export async function sendRevalidation({ urls, secret }: TRevalidationTarget, tags: string[]): Promise<void> {
  const failures: string[] = []
  for (const batch of inBatches(tags, REVALIDATION_MAX_TAGS))
    for (const url of urls) await post(url, secret, batch).catch((error: Error) => failures.push(error.message))
  if (failures.length)
    throw new Error(`Reader revalidation of ${tags.length} tag(s) not delivered: ${failures.join('; ')}`)
}
