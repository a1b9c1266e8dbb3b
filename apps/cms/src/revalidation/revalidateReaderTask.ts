import type { PayloadRequest, TaskConfig } from 'payload'
import { replicasCaughtUp } from './replicasCaughtUp'
import { sendRevalidation } from './sendRevalidation'

export const REVALIDATE_READER_TASK = 'revalidateReader'

/**
 * Where revalidations go; none when REVALIDATE_SECRET is unset (tests of other things, a CMS with
 * no reader): the reader refreshes by its cache TTL only. The environment is read when a change is
 * saved, not when the collection configs are imported (their unit tests import them without one).
 */
async function revalidationTarget() {
  const { env } = await import('../env')
  return env.REVALIDATE_SECRET
    ? { secret: env.REVALIDATE_SECRET, urls: env.REVALIDATE_URL ?? [`${env.WEB_URL}/api/revalidate`] }
    : null
}

/**
 * Queues the tags for the reader in `req`'s transaction: the job exists if and only if the change
 * commits, and a trigger wakes the runners then (jobs/queueRunner.ts).
 */
export async function revalidateOnCommit(req: PayloadRequest, tags: string[]): Promise<void> {
  if (!tags.length || !(await revalidationTarget())) return
  await req.payload.jobs.queue({ task: REVALIDATE_READER_TASK, input: { tags }, req })
}

/** Sends the tags of one committed change to every reader instance; one that is down is tried again, then left to its TTL. */
export const revalidateReaderTask: TaskConfig<{ input: { tags: string[] }; output: object }> = {
  slug: REVALIDATE_READER_TASK,
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    const target = await revalidationTarget()
    if (!target) return { output: {} }
    // Readers read the replicas: told before one has the change, they would cache the old page.
    await replicasCaughtUp(req.payload)
    await sendRevalidation(target, input.tags)
    return { output: {} }
  },
}
