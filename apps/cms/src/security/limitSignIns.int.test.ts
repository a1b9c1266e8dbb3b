import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { USERS } from '../slugs'
import { setupIntegration } from '../test/integration'

const system = await setupIntegration('sign-in-limits', { actors: false })
let post: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
beforeAll(async () => {
  // Imported once the test environment is set: the module reads the CMS's configuration.
  const { limitSignIns } = await import('./limitSignIns')
  // The real REST pipeline behind the real limiter, as the route serves it.
  post = limitSignIns((request) => handleEndpoints({ config: system.payload.config, request }))
  for (const email of ['victim@limits.test', 'other@limits.test']) {
    await system.payload.create({
      collection: USERS,
      data: { email, password: 'the right password', name: email, roles: ['editor'] },
      overrideAccess: true,
    })
  }
})

const login = async (address: string, email: string, password: string) => {
  const response = await post(
    new Request(`${system.payload.config.serverURL}/api/${USERS}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.99, ${address}` },
      body: JSON.stringify({ email, password }),
    }),
    { params: Promise.resolve({ slug: [USERS, 'login'] }) },
  )
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string }[]; token?: string },
  }
}

describe('sign-in protection', () => {
  // Payload answers a locked account like a wrong password, so the answer tells no one which e-mails exist.
  it('should lock an account after 5 wrong passwords, refusing even the right one', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await login('10.0.0.1', 'victim@limits.test', 'guess')).status).toBe(401)
    const locked = await login('10.0.0.2', 'victim@limits.test', 'the right password')
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    const user = (
      await system.payload.find({
        collection: USERS,
        where: { email: { equals: 'victim@limits.test' } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs[0] as { lockUntil?: string | null }
    expect(new Date(user.lockUntil!).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
  })

  it('should refuse an address after 10 sign-in attempts a minute with 429, other addresses unaffected', async () => {
    const statuses = []
    for (let attempt = 0; attempt < 12; attempt += 1)
      statuses.push((await login('10.0.0.3', `nobody${attempt}@limits.test`, 'guess')).status)
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    const refused = await login('10.0.0.3', 'other@limits.test', 'the right password')
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(/Too many sign-in attempts from this address/)
    const elsewhere = await login('10.0.0.4', 'other@limits.test', 'the right password')
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.body.token).toBeTruthy()
  })
})
