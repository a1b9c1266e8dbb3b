import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'

type TExecutor = { execute: (query: unknown) => Promise<{ rows: { replayed: boolean }[] }> }

// How long a replica may lag before the job gives up this attempt (and is retried with backoff).
const WAIT_MS = 10_000
const POLL_MS = 20

/**
 * Resolves once every read replica has replayed what the primary has written so far (a change
 * that queued this job committed before it ran), so a reader told of the change reads it from any
 * of them. Without replicas, at once.
 */
export async function replicasCaughtUp(payload: Payload): Promise<void> {
  const replicas = (payload.db.drizzle as unknown as { $replicas?: TExecutor[] }).$replicas
  if (!replicas?.length) return
  const [{ lsn }] = (await rawSql<{ lsn: string }>(payload, sql`SELECT pg_current_wal_lsn()::text AS lsn`)) as [
    { lsn: string },
  ]
  const deadline = Date.now() + WAIT_MS
  for (const replica of replicas) {
    // A server that is not in recovery (a replica URL naming the primary) has nothing to replay.
    const replayed = async () =>
      (
        await replica.execute(
          sql`SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, NOT pg_is_in_recovery()) AS replayed`,
        )
      ).rows[0]?.replayed === true
    while (!(await replayed())) {
      if (Date.now() > deadline) throw new Error(`A read replica has not replayed ${lsn} yet.`)
      await sleep(POLL_MS)
    }
  }
}
