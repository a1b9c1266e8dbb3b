import { getPayload, type Payload } from 'payload'
import { env } from '../env'
import config from '../payload.config'
import { startQueueRunner, type TQueueRunner } from './queueRunner'

/** The queue runner of this CMS process (a server, or a test's Payload), with the deployment's lease. */
export function runJobs(payload: Payload): Promise<TQueueRunner> {
  return startQueueRunner(payload, { leaseSeconds: env.JOB_LEASE_SECONDS, pollSeconds: 2, concurrency: 4 })
}

/** The server's runner, on the Payload its routes use. */
export async function runServerJobs(): Promise<void> {
  await runJobs(await getPayload({ config }))
}
