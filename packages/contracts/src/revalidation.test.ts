import { describe, expect, it } from 'vitest'
import { signRevalidation, verifyRevalidation } from './revalidation'

const SECRET = 'a'.repeat(40)
const body = JSON.stringify({ tags: ['trip:1949-03-soviet-union', 'lists'] })
const headersOf = (record: Record<string, string>) => new Headers(record)

describe('revalidation signatures', () => {
  it('should accept a fresh call signed with the shared secret', () => {
    expect(verifyRevalidation(SECRET, body, headersOf(signRevalidation(SECRET, body)))).toEqual({ ok: true })
  })

  it('should refuse another secret, a changed body, an old call and a missing signature', () => {
    const signed = signRevalidation(SECRET, body)
    expect(verifyRevalidation('b'.repeat(40), body, headersOf(signed))).toEqual({ ok: false, reason: 'bad signature' })
    expect(verifyRevalidation(SECRET, body.replace('lists', 'trip:x'), headersOf(signed))).toEqual({
      ok: false,
      reason: 'bad signature',
    })
    const old = signRevalidation(SECRET, body, Date.now() - 10 * 60_000)
    expect(verifyRevalidation(SECRET, body, headersOf(old))).toEqual({
      ok: false,
      reason: 'timestamp too old or in the future',
    })
    expect(verifyRevalidation(SECRET, body, headersOf({}))).toEqual({
      ok: false,
      reason: 'missing signature or timestamp',
    })
  })
})
