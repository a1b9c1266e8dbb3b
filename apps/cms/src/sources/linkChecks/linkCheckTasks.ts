import { sql } from '@payloadcms/db-postgres'
import pLimit from 'p-limit'
import type { Payload, TaskConfig } from 'payload'
import { rawSql } from '../../rawSql'
import { checkSourceLinks } from './checkSourceLinks'
import { HostPool } from './hostPool'
import { linkCheckSettings, type TLinkCheckSettings } from './settings'

/** Link checks have a queue of their own, so a long sweep never holds up imports. */
export const LINK_CHECK_QUEUE = 'linkChecks'
export const CHECK_SOURCE_TASK = 'checkSourceLinks'
export const SWEEP_TASK = 'sweepSourceLinks'

/** Sources with an address whose last check is older than the interval (or that were never checked), oldest first. */
async function dueSources(payload: Payload, intervalHours: number): Promise<number[]> {
  const rows = await rawSql<{ id: number }>(
    payload,
    sql`SELECT s.id FROM sources s
        LEFT JOIN LATERAL (SELECT max(c.checked_at) AS last FROM link_checks c WHERE c.source_id = s.id) c ON true
        WHERE (s.url IS NOT NULL OR s.archive_url IS NOT NULL)
          AND (c.last IS NULL OR c.last < now() - make_interval(hours => ${intervalHours}))
        ORDER BY c.last NULLS FIRST, s.id`,
  )
  return rows.map((row) => row.id)
}

export interface TSweepResult {
  sources: number
  checks: number
  /** The most fetches that ran at once. */
  maxConcurrency: number
}

/**
 * Checks every due source through one polite pool: sources run side by side, their fetches
 * spread over hosts by the pool's limits. One failing source is logged and the sweep goes on.
 */
export async function sweepSourceLinks(
  payload: Payload,
  settings: TLinkCheckSettings,
  intervalHours: number,
): Promise<TSweepResult> {
  const pool = new HostPool(settings)
  // Enough sources in hand to keep the pool busy, not all of them (each holds queries and a page).
  const sources = pLimit(settings.concurrency * 2)
  const due = await dueSources(payload, intervalHours)
  let checks = 0
  await Promise.all(
    due.map((id) =>
      sources(() => checkSourceLinks(payload, id, settings, pool)).then(
        (done) => {
          checks += done.length
        },
        (error: unknown) => payload.logger.error({ err: error, source: id }, 'A source could not be checked'),
      ),
    ),
  )
  return { sources: due.length, checks, maxConcurrency: pool.maxRunning }
}

// Read when a job runs, not when the collection configs are imported (their unit tests have no environment).
const environment = async () => (await import('../../env')).env

export const checkSourceTask: TaskConfig<{ input: { source: number }; output: object }> = {
  slug: CHECK_SOURCE_TASK,
  retries: 0,
  handler: async ({ input, req }) => {
    const settings = linkCheckSettings(await environment())
    await checkSourceLinks(req.payload, input.source, settings, new HostPool(settings))
    return { output: {} }
  },
}

/** Runs hourly; only sources not checked for LINK_CHECK_INTERVAL_HOURS are checked. */
export const sweepTask: TaskConfig<{ input: object; output: TSweepResult }> = {
  slug: SWEEP_TASK,
  retries: 0,
  schedule: [{ cron: '0 * * * *', queue: LINK_CHECK_QUEUE }],
  handler: async ({ req }) => {
    const env = await environment()
    return { output: await sweepSourceLinks(req.payload, linkCheckSettings(env), env.LINK_CHECK_INTERVAL_HOURS) }
  },
}
