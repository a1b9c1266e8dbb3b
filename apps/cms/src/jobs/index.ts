import type { JobsConfig, PayloadRequest } from 'payload'
import { hasRole } from '@itinera/contracts/roles'
import { IMPORT_QUEUE, importTask } from '../import/importJobs'
import { checkSourceTask, sweepTask } from '../sources/linkChecks/linkCheckTasks'

/**
 * Payload's job queue (the `payload-jobs` table). Each import is run as soon as it is queued by the
 * process that queued it; the cron, started by Payload with the admin, picks up every minute what
 * no process ran (one that stopped first). The queue is reached only through our own endpoints.
 */
const admins = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

export const jobs: JobsConfig = {
  tasks: [importTask, checkSourceTask, sweepTask],
  autoRun: [{ cron: '* * * * *', queue: IMPORT_QUEUE, limit: 1 }],
  access: { queue: admins, run: admins, cancel: admins },
  // No REST or GraphQL: a job's input holds a whole list and its author.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    endpoints: false,
    graphQL: false,
  }),
}
