import { describe, expect, it } from 'vitest'
import { startLocalServer } from '../test/localServer'
import { addressRange, guardedFetch, OutboundError, type TOutboundPolicy } from './guardedFetch'

const policy: TOutboundPolicy = { allowPrivateHosts: ['127.0.0.1'], maxRedirects: 2, maxBytes: 1000, timeoutMs: 5000 }
const html = { accept: 'text/html', contentTypes: ['text/html'] }

const { origin, port } = await startLocalServer((request, response) => {
  const path = request.url ?? '/'
  const redirectTo = (location: string) => response.writeHead(302, { location }).end()
  if (path === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>ok</title>')
  } else if (path === '/hops/0') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('arrived')
  } else if (path.startsWith('/hops/')) {
    redirectTo(`/hops/${Number(path.slice('/hops/'.length)) - 1}`)
  } else if (path === '/to-private') {
    redirectTo('http://10.1.2.3/admin')
  } else if (path === '/to-localhost') {
    redirectTo(`http://localhost:${port}/page`)
  } else if (path === '/declared-large') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' }).end('x'.repeat(5000))
  } else if (path === '/streamed-large') {
    // No length announced: the guard must count what arrives.
    response.writeHead(200, { 'content-type': 'text/html' })
    for (let chunk = 0; chunk < 10; chunk++) response.write('y'.repeat(300))
    response.end()
  } else if (path === '/json') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  } else if (path === '/missing') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page')
  } else if (path === '/silent') {
    // Never answers: only the timeout ends the request.
  } else {
    response.writeHead(500).end()
  }
})

async function refusal(target: string, overrides: Partial<TOutboundPolicy> = {}, request = html) {
  const error = await guardedFetch(target, request, { ...policy, ...overrides }).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(OutboundError)
  return error as OutboundError
}

describe('addressRange', () => {
  it('should judge an IPv4-mapped IPv6 address by the IPv4 address it carries', () => {
    expect(addressRange('::ffff:127.0.0.1')).toBe('loopback')
    expect(addressRange('::ffff:10.0.0.1')).toBe('private')
    expect(addressRange('::ffff:8.8.8.8')).toBe('unicast')
  })

  it('should name the special ranges of both families', () => {
    expect(addressRange('169.254.169.254')).toBe('linkLocal')
    expect(addressRange('fd00::1')).toBe('uniqueLocal')
    expect(addressRange('fe80::1')).toBe('linkLocal')
    expect(addressRange('::1')).toBe('loopback')
    expect(addressRange('192.168.1.1')).toBe('private')
  })
})

describe('guardedFetch', () => {
  it('should fetch from an allowed host, with the status, media type and body', async () => {
    const response = await guardedFetch(`${origin}/page`, html, policy)
    expect(response).toMatchObject({ status: 200, contentType: 'text/html' })
    expect(response.body.toString()).toBe('<title>ok</title>')
  })

  it('should hand back an error status for the caller to judge', async () => {
    expect((await guardedFetch(`${origin}/missing`, html, policy)).status).toBe(404)
  })

  it.each([
    ['loopback', `${origin}/page`, /127\.0\.0\.1, loopback/],
    ['private', 'http://10.0.0.7/', /10\.0\.0\.7, private/],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/', /linkLocal/],
    ['IPv6 loopback', 'http://[::1]:8080/', /::1, loopback/],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', /loopback/],
    ['IPv6 unique-local', 'http://[fd12:3456::1]/', /uniqueLocal/],
  ])('should refuse a %s address unless allowed', async (_range, target, reason) => {
    const error = await refusal(target, { allowPrivateHosts: [] })
    expect(error.code).toBe('private-address')
    expect(error.message).toMatch(reason)
  })

  it('should refuse a host name that resolves to loopback', async () => {
    const error = await refusal(`http://localhost:${port}/page`)
    expect(error.code).toBe('private-address')
    expect(error.message).toMatch(/^localhost is not on the public internet/)
  })

  it('should check the target of each redirect again', async () => {
    expect((await refusal(`${origin}/to-private`)).code).toBe('private-address')
    const toLocalhost = await refusal(`${origin}/to-localhost`)
    expect(toLocalhost.message).toMatch(/^localhost is not on the public internet/)
  })

  it('should follow redirects up to the limit and refuse one more', async () => {
    expect((await guardedFetch(`${origin}/hops/2`, html, policy)).body.toString()).toBe('arrived')
    const error = await refusal(`${origin}/hops/3`)
    expect(error.code).toBe('too-many-redirects')
    expect(error.message).toMatch(/More than 2 redirects/)
  })

  it('should refuse a body larger than the limit, announced or not', async () => {
    expect((await refusal(`${origin}/declared-large`)).code).toBe('too-large')
    expect((await refusal(`${origin}/streamed-large`)).code).toBe('too-large')
  })

  it('should refuse an answer of another content type', async () => {
    const error = await refusal(`${origin}/json`)
    expect(error.code).toBe('content-type')
    expect(error.message).toMatch(/answered with application\/json, not text\/html/)
  })

  it('should give up on a server that never answers', async () => {
    const error = await refusal(`${origin}/silent`, { timeoutMs: 200 })
    expect(error.code).toBe('timeout')
  })

  it('should refuse addresses that are not http(s)', async () => {
    expect((await refusal('file:///etc/passwd')).code).toBe('bad-url')
  })
})
