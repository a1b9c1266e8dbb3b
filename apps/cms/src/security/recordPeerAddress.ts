import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

const RECORDING = Symbol.for('itinera.recordPeerAddresses')

/**
 * Appends the socket's peer to every request's X-Forwarded-For, as a proxy does, before any
 * handler runs. A Next route handler never sees the socket, and Next itself writes the peer into
 * the header only when the client sent none, so without this the last entry could be anything
 * the client wrote. `clientAddress` (packages/contracts/src/http-security.ts) reads the chain.
 */
export function recordPeerAddresses(): void {
  const registry = globalThis as { [RECORDING]?: true }
  if (registry[RECORDING]) return
  registry[RECORDING] = true
  // Published by Node for each request before the server's 'request' listeners run.
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    const peer = socket.remoteAddress ?? 'unknown'
    const forwarded = request.headers['x-forwarded-for']
    request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer
  })
}
