import type { Payload } from 'payload'

// Retrying a lost listening connection while the database restarts.
const RECONNECT_MS = 2000

/**
 * Calls `onNotification` for every NOTIFY on `channel` for as long as the process runs, from a
 * connection of its own. Resolves once listening. A lost connection is opened again, and
 * `onReconnect` runs then: what was notified meanwhile is lost, so the caller looks for it itself.
 * Resolves with `close`, which stops listening and gives the connection back.
 */
export async function listenForNotifications(
  payload: Payload,
  channel: string,
  { onNotification, onReconnect }: { onNotification: (message: string | undefined) => void; onReconnect: () => void },
): Promise<{ close: () => void }> {
  let lost = false
  let closed = false
  let release = () => {}
  const retry = (reason: string) => {
    if (closed) return
    if (!lost) payload.logger.warn(`Not listening on ${channel} (${reason}): retrying every ${RECONNECT_MS / 1000} s.`)
    lost = true
    setTimeout(() => void listen(), RECONNECT_MS).unref()
  }
  const listen = async (): Promise<void> => {
    const connection = await payload.db.pool.connect().catch((error: Error) => error)
    if (connection instanceof Error) return retry(connection.message)
    if (closed) return connection.release()
    let ended = false
    release = () => {
      ended = true
      connection.release(true)
    }
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
      (notification) => notification.channel === channel && onNotification(notification.payload),
    )
    try {
      await connection.query(`LISTEN ${channel}`)
    } catch (error) {
      return end((error as Error).message)
    }
    if (lost) {
      payload.logger.info(`Listening again on ${channel}.`)
      onReconnect()
    }
    lost = false
  }
  await listen()
  return {
    close: () => {
      closed = true
      release()
    },
  }
}
