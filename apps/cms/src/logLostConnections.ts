import type { Payload } from 'payload'

/**
 * A connection PostgreSQL drops (a restart, a failover, pg_terminate_backend) makes its pg client
 * emit 'error'. pg-pool listens for that only while the client is idle: a client in use by a
 * transaction has no listener, and the event becomes an uncaught exception (a crash for the CLI,
 * an "uncaughtException" log line for Next.js). Nothing more needs doing: the query in flight
 * already fails, PostgreSQL has rolled back the uncommitted work, and the pool drops the dead
 * client when it is released. So the event is logged, once, in words.
 */
export function logLostConnections(payload: Payload) {
  const log = (err: Error) =>
    payload.logger.error({ err, msg: 'Lost a database connection: what it had not committed was rolled back.' })
  const { pool } = payload.db
  pool.on('error', log)
  pool.on('connect', (client) => client.on('error', log))
}
