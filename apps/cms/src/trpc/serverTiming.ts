import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'

interface TQueryStats {
  queries: number
  dbMs: number
}

type TQueryable = { query: (...args: unknown[]) => unknown; __timed?: boolean }

const requestStats = new AsyncLocalStorage<TQueryStats>()

/** Counts and times each query of `target` for the request it runs in (callbacks are not used by Drizzle). */
function timeQueries(target: TQueryable) {
  if (target.__timed) return
  target.__timed = true
  const query = target.query.bind(target)
  target.query = (...args: unknown[]) => {
    const stats = requestStats.getStore()
    const result = query(...args)
    if (!stats || !(result instanceof Promise)) return result
    const started = performance.now()
    stats.queries += 1
    return result.finally(() => {
      stats.dbMs += performance.now() - started
    })
  }
}

/** Drizzle sends plain queries through the pool and transactions through a checked-out client. */
function instrumentPool(payload: Payload) {
  const pool = (
    payload.db as unknown as { pool: TQueryable & { connect: (...args: unknown[]) => Promise<TQueryable> } }
  ).pool
  if (pool.__timed) return
  timeQueries(pool)
  const connect = pool.connect.bind(pool)
  pool.connect = (...args: unknown[]) => {
    // With a callback it is pg-pool's own pool.query, already counted.
    if (args.length) return connect(...args)
    return connect().then((client) => {
      timeQueries(client)
      return client
    })
  }
}

/**
 * Runs `work`, counting and timing the queries it sends to the database driver (its own only,
 * transactions included): what the `Server-Timing` header and the query-count tests read.
 */
export async function measureQueries<T>(
  payload: Payload,
  work: () => Promise<T>,
): Promise<{ result: T; queries: number; dbMs: number }> {
  instrumentPool(payload)
  const stats: TQueryStats = { queries: 0, dbMs: 0 }
  const result = await requestStats.run(stats, work)
  return { result, ...stats }
}

/**
 * `Server-Timing: db;dur=…;desc="N queries", total;dur=…` on a response, counted at the database
 * driver for this request only: what `pnpm bench` reads to split a render into database and the
 * rest. Only when SERVER_TIMING is on (it tells timing to anyone who asks).
 */
export async function withServerTiming(
  payload: Payload,
  enabled: boolean,
  handle: () => Promise<Response>,
): Promise<Response> {
  if (!enabled) return handle()
  const started = performance.now()
  const { result: response, queries, dbMs } = await measureQueries(payload, handle)
  const total = performance.now() - started
  response.headers.set(
    'Server-Timing',
    `db;dur=${dbMs.toFixed(1)};desc="${queries} queries", total;dur=${total.toFixed(1)}`,
  )
  return response
}
