import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientAddress, trustedProxies } from '@itinera/contracts/http-security'
import { afterAll, describe, expect, it } from 'vitest'
import { recordPeerAddresses } from './recordPeerAddress'

recordPeerAddresses()
// A plain Node server, as Next's own: it answers with the X-Forwarded-For its handler saw.
const server = createServer((request, response) => response.end(request.headers['x-forwarded-for'] ?? ''))
server.listen(0, '127.0.0.1')
await once(server, 'listening')
afterAll(() => new Promise((resolve) => server.close(resolve)))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/users/login`

const seen = async (headers: Record<string, string> = {}) => (await fetch(url, { headers })).text()

describe('recordPeerAddresses', () => {
  it("should append the socket's peer to whatever X-Forwarded-For the client wrote", async () => {
    expect(await seen()).toBe('127.0.0.1')
    expect(await seen({ 'x-forwarded-for': '6.6.6.6' })).toBe('6.6.6.6, 127.0.0.1')
    expect(await seen({ 'x-forwarded-for': '6.6.6.6, 7.7.7.7' })).toBe('6.6.6.6, 7.7.7.7, 127.0.0.1')
  })

  it('should make the peer the client unless the peer is a trusted proxy', async () => {
    const header = await seen({ 'x-forwarded-for': '6.6.6.6' })
    expect(clientAddress(new Headers({ 'x-forwarded-for': header }))).toBe('127.0.0.1')
    expect(clientAddress(new Headers({ 'x-forwarded-for': header }), trustedProxies(['127.0.0.0/8']))).toBe('6.6.6.6')
  })

  it('should subscribe once however often it is called', async () => {
    recordPeerAddresses()
    expect(await seen({ 'x-forwarded-for': '6.6.6.6' })).toBe('6.6.6.6, 127.0.0.1')
  })
})
