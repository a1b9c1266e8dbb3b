import { describe, expect, it } from 'vitest'
import { clientAddress, rateLimit, readerContentSecurityPolicy } from './http-security'

describe('readerContentSecurityPolicy', () => {
  it('should allow scripts and styles only from this origin or with the nonce, never inline or framed', () => {
    const policy = readerContentSecurityPolicy('abc123')
    expect(policy).toContain(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`)
    expect(policy).toContain(`style-src 'self' 'nonce-abc123'`)
    expect(policy).toContain(`frame-ancestors 'none'`)
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('upgrade-insecure-requests')
    expect(readerContentSecurityPolicy('n', { development: true, https: true })).toMatch(
      /'unsafe-eval'.*upgrade-insecure-requests/,
    )
  })
})

describe('clientAddress', () => {
  it('should take the address the nearest proxy appended, not one the client wrote', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7')
    expect(clientAddress(new Headers({ 'x-real-ip': '10.0.0.8' }))).toBe('10.0.0.8')
    expect(clientAddress(new Headers())).toBe('unknown')
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
