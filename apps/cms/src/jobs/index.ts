import type { JobsConfig, PayloadRequest } from 'payload'
import { hasRole } from '@itinera/contracts/roles'
import { importTask } from '../import/importJobs'
import { sendNotificationMailTask } from '../notifications/sendNotificationMailTask'
import { revalidateReaderTask } from '../revalidation/revalidateReaderTask'
import { checkSourceTask, sweepTask } from '../sources/linkChecks/linkCheckTasks'

/**
 * Payload's job queue (the `payload-jobs` table). Every queue's jobs, and the tasks a `schedule`
 * names, are run by our own runner (queueRunner.ts, started by the server in instrumentation.ts), not by Payload's `autoRun`,
 * which is not safe with several CMS instances. The queue is reached only through our own endpoints.
 * A new task's slug is a value of a PostgreSQL enum: adding one needs a migration.
 */
const admins = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

export const jobs: JobsConfig = {
  tasks: [importTask, revalidateReaderTask, sendNotificationMailTask, checkSourceTask, sweepTask],
  access: { queue: admins, run: admins, cancel: admins },
  // No REST or GraphQL: a job's input holds a whole list and its author.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    endpoints: false,
    graphQL: false,
  }),
}
