import type { PayloadRequest, TaskConfig } from 'payload'
import { env } from '../env'
import { sendRevalidation } from './sendRevalidation'

export const REVALIDATE_READER_TASK = 'revalidateReader'

/** Unset (tests of other things, a CMS with no reader): the reader refreshes by its cache TTL only. */
const target = env.REVALIDATE_SECRET
  ? { secret: env.REVALIDATE_SECRET, url: env.REVALIDATE_URL ?? `${env.WEB_URL}/api/revalidate` }
  : null

/**
 * Queues the tags for the reader in `req`'s transaction: the job exists if and only if the change
 * commits, and a trigger wakes the runners then (jobs/queueRunner.ts).
 */
export async function revalidateOnCommit(req: PayloadRequest, tags: string[]): Promise<void> {
  if (!target || !tags.length) return
  await req.payload.jobs.queue({ task: REVALIDATE_READER_TASK, input: { tags }, req })
}

/** Sends the tags of one committed change to the reader; a reader that is down is tried again, then left to its TTL. */
export const revalidateReaderTask: TaskConfig<{ input: { tags: string[] }; output: object }> = {
  slug: REVALIDATE_READER_TASK,
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input }) => {
    if (target) await sendRevalidation(target, input.tags)
    return { output: {} }
  },
}
