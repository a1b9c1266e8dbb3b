import { ZRevalidationBodySchema } from '@itinera/contracts/revalidation'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { rawSql } from '../rawSql'
import { inBatches } from './inBatches'
import { sendRevalidation, type TRevalidationTarget } from './sendRevalidation'

// NOTIFY in the change's own transaction, not a timer, a polled jobs queue or a callback: PostgreSQL delivers it if and when it commits, to every CMS listening.
const CHANNEL = 'itinera_reader_revalidation'
// PostgreSQL refuses a notification payload of 8000 bytes or more.
const MAX_NOTIFICATION_BYTES = 7900
// Retrying a lost listening connection while the database restarts.
const RECONNECT_MS = 2000

/** Queues the tags for the reader in `req`'s transaction: they go out once it commits, never if it rolls back. */
export async function revalidateOnCommit(req: PayloadRequest, tags: string[]): Promise<void> {
  // A JSON array's brackets, and one comma and the quotes per tag.
  for (const batch of inBatches(
    tags,
    MAX_NOTIFICATION_BYTES - 2,
    (tag) => Buffer.byteLength(JSON.stringify(tag)) + 1,
  )) {
    await rawSql(req.payload, sql`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(batch)})`, req)
  }
}

/**
 * Sends the reader the tags of every committed change for as long as the process runs, from a
 * connection of its own that LISTENs on the channel. Resolves once listening. A lost connection is
 * opened again; what committed meanwhile refreshes by the reader's cache TTL.
 */
export async function listenForRevalidations(payload: Payload, target: TRevalidationTarget): Promise<void> {
  const pending = new Set<string>()
  const flush = () => {
    const tags = [...pending]
    pending.clear()
    void sendRevalidation(payload, target, tags)
  }
  const onNotification = (message: string | undefined) => {
    let parsed
    try {
      parsed = ZRevalidationBodySchema.safeParse({ tags: JSON.parse(message ?? '') })
    } catch {
      parsed = null
    }
    if (!parsed?.success)
      return payload.logger.warn(`Ignored a notification on ${CHANNEL} that is not a list of cache tags: ${message}`)
    // A commit's notifications arrive together: one call names them all.
    if (!pending.size) setImmediate(flush)
    for (const tag of parsed.data.tags) pending.add(tag)
  }

  let lost = false
  const retry = (reason: string) => {
    if (!lost)
      payload.logger.warn(
        `Not listening for changes to send the reader (${reason}): retrying every ${RECONNECT_MS / 1000} s.`,
      )
    lost = true
    setTimeout(() => void listen(), RECONNECT_MS).unref()
  }
  const listen = async (): Promise<void> => {
    const connection = await payload.db.pool.connect().catch((error: Error) => error)
    if (connection instanceof Error) return retry(connection.message)
    let ended = false
    const end = (reason: string) => {
      if (ended) return
      ended = true
      connection.release(true)
      retry(reason)
    }
    // A dropped connection emits 'error' (logged by logLostConnections), then 'end'.
    connection.on('error', (error) => end(error.message))
    connection.once('end', () => end('connection closed'))
    connection.on(
      'notification',
      (notification) => notification.channel === CHANNEL && onNotification(notification.payload),
    )
    try {
      await connection.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      return end((error as Error).message)
    }
    if (lost) payload.logger.info('Listening again for changes to send the reader.')
    lost = false
  }
  await listen()
}
