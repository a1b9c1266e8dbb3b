import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { once } from 'node:events'
import { afterAll, describe, expect, it, type TestContext } from 'vitest'
import {
  clientAddress,
  closeRateLimitStores,
  adminContentSecurityPolicy,
  rateLimit,
  readerStaticContentSecurityPolicy,
  trustedProxies,
  trustedProxyProblem,
} from './http-security'

describe('readerStaticContentSecurityPolicy', () => {
  it('should let no script run, no base be set, no plugin load and no site frame the page, the same for everyone', () => {
    const policy = readerStaticContentSecurityPolicy()
    expect(policy).toContain(`script-src 'none';`)
    expect(policy).toContain(`style-src 'self';`)
    expect(policy).toContain(`object-src 'none';`)
    expect(policy).toContain(`base-uri 'none';`)
    expect(policy).toContain(`frame-ancestors 'none'`)
    expect(policy).not.toMatch(/nonce|unsafe/)
    expect(readerStaticContentSecurityPolicy()).toBe(policy)
    expect(readerStaticContentSecurityPolicy({ styleHashes: ['sha256-abc='], https: true })).toMatch(
      /style-src 'self' 'sha256-abc=';.*upgrade-insecure-requests$/,
    )
  })
})

describe('adminContentSecurityPolicy', () => {
  it('should allow scripts only from this origin or with the nonce, styles inline, and no base, plugin or framing', () => {
    const policy = adminContentSecurityPolicy('abc123')
    expect(policy).toContain(`script-src 'self' 'nonce-abc123' 'strict-dynamic';`)
    expect(policy).toContain(`style-src 'self' 'unsafe-inline';`)
    expect(policy).toContain(`base-uri 'none';`)
    expect(policy).toContain(`object-src 'none';`)
    expect(policy).toContain(`frame-ancestors 'none'`)
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('upgrade-insecure-requests')
    expect(adminContentSecurityPolicy('n', { development: true, https: true })).toMatch(
      /script-src [^;]*'unsafe-eval';.*upgrade-insecure-requests$/,
    )
  })
})

describe('clientAddress', () => {
  const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value })
  const edge = trustedProxies(['172.30.80.10', '10.1.0.0/16', 'fd00::/8'])

  it('should take the socket peer (the last entry) when no proxy is trusted, whatever the client wrote', () => {
    expect(clientAddress(forwardedFor('6.6.6.6, 10.0.0.7'))).toBe('10.0.0.7')
    expect(clientAddress(forwardedFor('::ffff:127.0.0.1'))).toBe('127.0.0.1')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('should believe an entry only when the hop after it is a trusted proxy', () => {
    // client → edge (trusted) → CMS: the edge appended the client, the server appended the edge.
    expect(clientAddress(forwardedFor('198.51.100.4, 172.30.80.10'), edge)).toBe('198.51.100.4')
    // What the client wrote before the edge's entry is not believed.
    expect(clientAddress(forwardedFor('1.2.3.4, 198.51.100.4, 172.30.80.10'), edge)).toBe('198.51.100.4')
    // Through two trusted hops (a range and an IPv6 range).
    expect(clientAddress(forwardedFor('198.51.100.4, 10.1.2.3, fd00::1'), edge)).toBe('198.51.100.4')
    // A direct peer that is not a proxy: its own address, the header it sent ignored.
    expect(clientAddress(forwardedFor('172.30.80.10, 203.0.113.9'), edge)).toBe('203.0.113.9')
    // Only trusted hops: the farthest one.
    expect(clientAddress(forwardedFor('172.30.80.10'), edge)).toBe('172.30.80.10')
  })

  it('should accept addresses and CIDR ranges and name anything else', () => {
    expect(['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '0.0.0.0/0'].map(trustedProxyProblem)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
    expect(trustedProxyProblem('edge')).toBe('"edge" is neither an IP address nor a CIDR range')
    expect(trustedProxyProblem('10.0.0.0/33')).not.toBeNull()
    expect(trustedProxyProblem('10.0.0.0/8/1')).not.toBeNull()
    expect(() => trustedProxies(['10.0.0.1', 'nope'])).toThrow(/"nope"/)
  })
})

describe('rateLimit', () => {
  it('should refuse the request over the limit with 429, Retry-After and a message, per address', async () => {
    const limit = rateLimit({ points: 2, seconds: 60, what: 'sign-in attempts' })
    expect(await limit.check('a')).toBeNull()
    expect(await limit.check('a')).toBeNull()
    const refused = (await limit.check('a'))!
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(
      /Too many sign-in attempts from this address: at most 2 in 60 s/,
    )
    expect(await limit.check('b')).toBeNull()
  })
})

// A real redis-server on a free port: the store several CMS instances share.
const REDIS_SERVER = '/usr/bin/redis-server'

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  const server = spawn(REDIS_SERVER, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ])
  let output = ''
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) resolve()
    })
    server.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      server.kill()
      await once(server, 'exit')
    },
  }
}

describe('rateLimit with Redis', () => {
  // Skipped on a machine without redis-server; CI installs it (.ci/run), so there it fails.
  const needsRedis = (ctx: TestContext) => {
    if (existsSync(REDIS_SERVER)) return
    if (process.env.CI) throw new Error(`CI needs ${REDIS_SERVER} (installed by .ci/run)`)
    ctx.skip(`no ${REDIS_SERVER}: apt-get install redis-server`)
  }
  afterAll(closeRateLimitStores)

  it('should share one budget per address between limiters (CMS instances) on one Redis', async (ctx) => {
    needsRedis(ctx)
    const redis = await startRedis()
    try {
      const options = { points: 3, seconds: 60, what: 'sign-in attempts', redisUrl: redis.url }
      const instanceA = rateLimit(options)
      const instanceB = rateLimit(options)
      expect(await instanceA.check('198.51.100.7')).toBeNull()
      expect(await instanceB.check('198.51.100.7')).toBeNull()
      expect(await instanceA.check('198.51.100.7')).toBeNull()
      // The fourth attempt, on either instance, is over the shared budget of three.
      expect((await instanceB.check('198.51.100.7'))?.status).toBe(429)
      expect((await instanceA.check('198.51.100.7'))?.status).toBe(429)
      expect(await instanceB.check('198.51.100.8')).toBeNull()
      // A limiter with its own memory (no Redis) has seen none of these.
      expect(await rateLimit({ ...options, redisUrl: undefined }).check('198.51.100.7')).toBeNull()
    } finally {
      await closeRateLimitStores()
      await redis.stop()
    }
  })

  it('should keep limiting in memory while Redis is unreachable', async (ctx) => {
    needsRedis(ctx)
    const redis = await startRedis()
    await redis.stop()
    // Nothing listens there any more: each check falls back to this process's memory.
    const limit = rateLimit({ points: 2, seconds: 60, what: 'sign-in attempts', redisUrl: redis.url })
    expect(await limit.check('198.51.100.9')).toBeNull()
    expect(await limit.check('198.51.100.9')).toBeNull()
    expect((await limit.check('198.51.100.9'))?.status).toBe(429)
  })
})
