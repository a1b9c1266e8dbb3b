import type { Payload } from 'payload'
import { env } from '../env'
import { startQueueRunner, type TQueueRunner } from './queueRunner'

/** The queue runner of this CMS process (a server, or a test's Payload), with the deployment's lease. */
export function runJobs(payload: Payload): Promise<TQueueRunner> {
  return startQueueRunner(payload, { leaseSeconds: env.JOB_LEASE_SECONDS, pollSeconds: 2, concurrency: 4 })
}
