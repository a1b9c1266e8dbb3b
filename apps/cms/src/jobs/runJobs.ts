import type { Payload } from 'payload'
import { env } from '../env'
import { startQueueRunner, type TQueueRunner } from './queueRunner'
import { serverRunsJobs } from './serverRunsJobs'

/** The queue runner of this CMS process (a server, or a test's Payload), with the deployment's lease. */
export function runJobs(payload: Payload): Promise<TQueueRunner> {
  return startQueueRunner(payload, { leaseSeconds: env.JOB_LEASE_SECONDS, pollSeconds: 2, concurrency: 4 })
}

/**
 * Starts the runner when Payload initialises inside a server (its first request, or its health
 * check), on the Payload instance and code its routes use. Starting it from the instrumentation
 * bundle would initialise Payload from another copy of its code, whose errors the routes no
 * longer recognise (`instanceof`): error bodies would lose their name and data.
 */
export async function runJobsInServer(payload: Payload): Promise<void> {
  if (serverRunsJobs()) await runJobs(payload)
}
