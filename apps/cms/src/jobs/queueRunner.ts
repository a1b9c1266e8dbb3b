import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { listenForNotifications } from '../listenForNotifications'
import { rawSql } from '../rawSql'

/**
 * Runs the jobs of every queue in `payload_jobs`, however many CMS instances run it on one database.
 *
 * Payload's own runner is not safe across instances: `run` picks jobs with a SELECT and then marks
 * them, and `runByID` marks a job as processing without looking whether another process does. So a
 * job is claimed here in one statement (`FOR UPDATE SKIP LOCKED`), and only the claimer hands it
 * to Payload's runner (task handlers, retries with backoff, the job's log). While it runs, its
 * row's `updated_at` is kept fresh; a job whose row stayed unchanged for the lease (its process
 * died) is claimed again by another instance.
 */

/** NOTIFYed by a trigger on `payload_jobs` (migration `job_runner`) when a transaction that queued a job commits. */
const JOBS_CHANNEL = 'itinera_jobs'
// Any fixed number: the advisory lock that lets one instance at a time queue the scheduled tasks.
const SCHEDULE_LOCK = 7_318_204

export interface TQueueRunnerOptions {
  /** A running job not heard of for this long is taken to have lost its process. */
  leaseSeconds: number
  /** How often to look for jobs nobody announced: retries whose wait is over, jobs of a dead process. */
  pollSeconds: number
  /** Jobs one instance runs at once: an import does not hold up a revalidation. */
  concurrency: number
}

export interface TQueueRunner {
  /** Look for jobs now. */
  wake: () => void
  /** Claims nothing more; resolves when the jobs it runs have finished. */
  stop: () => Promise<void>
}

/** Claims the oldest runnable job, or one whose lease ran out; its id, or null when there is none. */
async function claimJob(payload: Payload, leaseSeconds: number): Promise<number | null> {
  const [claimed] = await rawSql<{ id: number }>(
    payload,
    sql`UPDATE payload_jobs SET processing = true, updated_at = now()
        WHERE id = (
          SELECT id FROM payload_jobs
          WHERE completed_at IS NULL AND has_error IS NOT TRUE
            AND (wait_until IS NULL OR wait_until <= now())
            AND (processing IS NOT TRUE OR updated_at < now() - make_interval(secs => ${leaseSeconds}))
          ORDER BY created_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  )
  return claimed?.id ?? null
}

/** Queues the tasks whose `schedule` is due, in one instance at a time (Payload skips one already queued). */
async function queueScheduledTasks(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const [{ locked } = { locked: false }] = await rawSql<{ locked: boolean }>(
      payload,
      sql`SELECT pg_try_advisory_xact_lock(${SCHEDULE_LOCK}) AS locked`,
      req,
    )
    if (locked) await payload.jobs.handleSchedules({ allQueues: true, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Runs a claimed job through Payload's runner, renewing its lease until it ends. */
async function runClaimed(payload: Payload, id: number, leaseSeconds: number): Promise<void> {
  const heartbeat = setInterval(
    () =>
      void rawSql(payload, sql`UPDATE payload_jobs SET updated_at = now() WHERE id = ${id} AND processing`).catch(
        (error: unknown) => payload.logger.warn({ err: error, msg: `Could not renew the lease of job ${id}` }),
      ),
    (leaseSeconds * 1000) / 3,
  )
  try {
    await payload.jobs.runByID({ id, silent: { info: true } })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Running job ${id} failed` })
  } finally {
    clearInterval(heartbeat)
  }
}

export async function startQueueRunner(
  payload: Payload,
  { leaseSeconds, pollSeconds, concurrency }: TQueueRunnerOptions,
): Promise<TQueueRunner> {
  const running = new Set<Promise<void>>()
  let stopped = false
  let looking: Promise<void> | null = null
  let lookAgain = false

  const look = async () => {
    if (payload.config.jobs.scheduling) await queueScheduledTasks(payload)
    while (!stopped && running.size < concurrency) {
      const id = await claimJob(payload, leaseSeconds)
      if (id === null) return
      const run: Promise<void> = runClaimed(payload, id, leaseSeconds).finally(() => {
        running.delete(run)
        wake()
      })
      running.add(run)
    }
  }
  // One look at a time; a wake during one asks for another after it.
  const wake = () => {
    if (stopped) return
    if (looking) {
      lookAgain = true
      return
    }
    looking = look()
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Looking for jobs to run failed' }))
      .finally(() => {
        looking = null
        if (lookAgain) {
          lookAgain = false
          wake()
        }
      })
  }

  const poll = setInterval(wake, pollSeconds * 1000)
  poll.unref()
  const listener = await listenForNotifications(payload, JOBS_CHANNEL, { onNotification: wake, onReconnect: wake })
  wake()
  return {
    wake,
    stop: async () => {
      stopped = true
      clearInterval(poll)
      listener.close()
      await looking
      await Promise.all(running)
    },
  }
}
