import type { PayloadRequest, TaskConfig } from 'payload'
import { env } from '../env'
import { replicasCaughtUp } from './replicasCaughtUp'
import { sendRevalidation } from './sendRevalidation'

export const REVALIDATE_READER_TASK = 'revalidateReader'

/** Unset (tests of other things, a CMS with no reader): the reader refreshes by its cache TTL only. */
const target = env.REVALIDATE_SECRET
  ? { secret: env.REVALIDATE_SECRET, urls: env.REVALIDATE_URL ?? [`${env.WEB_URL}/api/revalidate`] }
  : null

/**
 * Queues the tags for the reader in `req`'s transaction: the job exists if and only if the change
 * commits, and a trigger wakes the runners then (jobs/queueRunner.ts).
 */
export async function revalidateOnCommit(req: PayloadRequest, tags: string[]): Promise<void> {
  if (!target || !tags.length) return
  await req.payload.jobs.queue({ task: REVALIDATE_READER_TASK, input: { tags }, req })
}

/** Sends the tags of one committed change to every reader instance; one that is down is tried again, then left to its TTL. */
export const revalidateReaderTask: TaskConfig<{ input: { tags: string[] }; output: object }> = {
  slug: REVALIDATE_READER_TASK,
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    if (!target) return { output: {} }
    // Readers read the replicas: told before one has the change, they would cache the old page.
    await replicasCaughtUp(req.payload)
    await sendRevalidation(target, input.tags)
    return { output: {} }
  },
}
