import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { USERS } from '../slugs'
import { setupIntegration } from '../test/integration'

// The edge's address: its X-Forwarded-For entries are believed, nobody else's.
const EDGE = '10.9.0.1'
process.env.TRUSTED_PROXIES = `${EDGE}, 10.8.0.0/16`
const system = await setupIntegration('sign-in-limits', { actors: false })

type THandler = (request: Request, context: unknown) => Promise<Response>
let restPost: THandler
let graphqlPost: THandler
beforeAll(async () => {
  // Imported once the test environment is set: the module reads the CMS's configuration.
  const { limitSignIns, limitGraphQLSignIns } = await import('./limitSignIns')
  // The real REST and GraphQL pipelines behind the real limiters, as the routes serve them.
  restPost = limitSignIns((request) => handleEndpoints({ config: system.payload.config, request }))
  graphqlPost = limitGraphQLSignIns(GRAPHQL_POST(system.payload.config))
  for (const email of ['victim@limits.test', 'other@limits.test', 'graphql@limits.test', 'reset@limits.test']) {
    await system.payload.create({
      collection: USERS,
      data: { email, password: 'the right password', name: email, roles: ['editor'] },
      overrideAccess: true,
    })
  }
})

/**
 * The X-Forwarded-For a handler sees: what the client (or proxies) wrote, then the socket's peer
 * that the server appends (recordPeerAddress.ts; its own test checks that on a real server).
 */
const forwardedFor = (peer: string, written?: string) => (written ? `${written}, ${peer}` : peer)

interface TAnswer {
  status: number
  text: string
}

async function answer(response: Response): Promise<TAnswer> {
  return { status: response.status, text: await response.text() }
}

const postRest = async (path: string, body: unknown, peer: string, written?: string) =>
  answer(
    await restPost(
      new Request(`${system.payload.config.serverURL}/api/${USERS}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(peer, written) },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: [USERS, ...path.split('/')] }) },
    ),
  )

const login = (peer: string, email: string, password: string, written?: string) =>
  postRest('login', { email, password }, peer, written)

const postGraphql = async (query: string, peer: string) =>
  answer(
    await graphqlPost(
      new Request(`${system.payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': peer },
        body: JSON.stringify({ query }),
      }),
      {},
    ),
  )

const graphqlLogin = (peer: string, email: string, password: string) =>
  postGraphql(
    `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`,
    peer,
  )

const storedLock = async (email: string) =>
  (
    (
      await system.payload.find({
        collection: USERS,
        where: { email: { equals: email } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs[0] as { lockUntil?: string | null }
  ).lockUntil

describe('sign-in protection', () => {
  it('should answer a locked account, a wrong password and an unknown e-mail byte for byte alike', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await login('10.0.0.1', 'victim@limits.test', 'guess')).status).toBe(401)
    expect(new Date((await storedLock('victim@limits.test'))!).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)

    const wrongPassword = await login('10.0.0.2', 'other@limits.test', 'guess')
    const lockedRightPassword = await login('10.0.0.2', 'victim@limits.test', 'the right password')
    const lockedWrongPassword = await login('10.0.0.2', 'victim@limits.test', 'guess')
    const unknown = await login('10.0.0.2', 'nobody@limits.test', 'guess')
    expect(wrongPassword.status).toBe(401)
    expect(JSON.parse(wrongPassword.text)).toEqual({
      errors: [{ message: 'The email or password provided is incorrect.' }],
    })
    expect(lockedRightPassword).toEqual(wrongPassword)
    expect(lockedWrongPassword).toEqual(wrongPassword)
    expect(unknown).toEqual(wrongPassword)
  })

  it('should answer the same over GraphQL', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      await graphqlLogin('10.0.1.1', 'graphql@limits.test', `guess ${attempt}`)
    expect(await storedLock('graphql@limits.test')).toBeTruthy()
    const wrongPassword = await graphqlLogin('10.0.1.2', 'other@limits.test', 'guess')
    expect(wrongPassword.text).toContain('The email or password provided is incorrect.')
    expect(await graphqlLogin('10.0.1.2', 'graphql@limits.test', 'the right password')).toEqual(
      await graphqlLogin('10.0.1.2', 'other@limits.test', 'guess'),
    )
    expect(await graphqlLogin('10.0.1.2', 'nobody@limits.test', 'guess')).toEqual(wrongPassword)
  })

  it('should refuse a peer after 10 attempts a minute with 429 however it rotates X-Forwarded-For', async () => {
    const statuses = []
    for (let attempt = 0; attempt < 12; attempt += 1)
      statuses.push((await login('10.0.0.3', `nobody${attempt}@limits.test`, 'guess', `198.51.100.${attempt}`)).status)
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    const refused = await login('10.0.0.3', 'other@limits.test', 'the right password', '192.0.2.200')
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/Too many sign-in attempts from this address/)
    const elsewhere = await login('10.0.0.4', 'other@limits.test', 'the right password')
    expect(elsewhere.status).toBe(200)
    expect(JSON.parse(elsewhere.text).token).toBeTruthy()
  })

  it("should count clients behind a trusted proxy apart, and never let anyone spend another's budget", async () => {
    // Ten attempts from one client through the edge use up that client's budget only.
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await login(EDGE, 'nobody@limits.test', 'guess', '198.51.100.50')).status).toBe(401)
    expect((await login(EDGE, 'nobody@limits.test', 'guess', '198.51.100.50')).status).toBe(429)
    // Through a second trusted hop (a range), the same client is recognised.
    expect((await login(EDGE, 'nobody@limits.test', 'guess', '198.51.100.50, 10.8.3.4')).status).toBe(429)
    expect((await login(EDGE, 'other@limits.test', 'the right password', '198.51.100.51')).status).toBe(200)
    // A direct caller naming a victim's address in the header spends its own budget, not the victim's.
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await login('203.0.113.7', 'nobody@limits.test', 'guess', '198.51.100.52')).status).toBe(401)
    expect((await login('203.0.113.7', 'nobody@limits.test', 'guess', '198.51.100.52')).status).toBe(429)
    expect((await login(EDGE, 'other@limits.test', 'the right password', '198.51.100.52')).status).toBe(200)
  })

  it('should spend one budget on every sign-in route: forgot, reset, unlock, first-register, verify', async () => {
    const peer = '10.0.0.5'
    const answers = [
      await postRest('forgot-password', { email: 'nobody@limits.test' }, peer),
      await postRest('reset-password', { token: 'not-a-token', password: 'a new password' }, peer),
      await postRest('unlock', { email: 'victim@limits.test' }, peer),
      await postRest('first-register', { email: 'x@limits.test', password: 'p', name: 'x' }, peer),
      await postRest('verify/not-a-token', {}, peer),
    ]
    for (const { status } of answers) expect(status).not.toBe(429)
    for (let attempt = 0; attempt < 5; attempt += 1) await login(peer, 'nobody@limits.test', 'guess')
    expect((await postRest('forgot-password', { email: 'reset@limits.test' }, peer)).status).toBe(429)
    expect((await postRest('reset-password', { token: 'x', password: 'y' }, peer)).status).toBe(429)
    expect((await postRest('unlock', { email: 'victim@limits.test' }, peer)).status).toBe(429)
    expect((await postRest('verify/not-a-token', {}, peer)).status).toBe(429)
  })

  it('should spend one attempt per GraphQL sign-in mutation, each alias counted', async () => {
    // Six aliases of loginUser and four of forgotPasswordUser in one request: the whole budget.
    const logins = Array.from(
      { length: 6 },
      (_, index) => `l${index}: loginUser(email: "nobody@limits.test", password: "guess ${index}") { token }`,
    )
    const forgots = Array.from(
      { length: 4 },
      (_, index) => `f${index}: forgotPasswordUser(email: "nobody${index}@limits.test")`,
    )
    const batch = await postGraphql(`mutation { ${[...logins, ...forgots].join(' ')} }`, '10.0.2.1')
    expect(batch.status).toBe(200)
    expect(batch.text).toContain('The email or password provided is incorrect.')
    expect((await graphqlLogin('10.0.2.1', 'other@limits.test', 'the right password')).status).toBe(429)
    expect((await postGraphql('mutation { forgotPasswordUser(email: "reset@limits.test") }', '10.0.2.1')).status).toBe(
      429,
    )
    // Eleven in one request are refused at once, before any runs.
    const tooMany = Array.from({ length: 11 }, (_, index) => `a${index}: unlockUser(email: "x@limits.test")`)
    expect((await postGraphql(`mutation { ${tooMany.join(' ')} }`, '10.0.2.2')).status).toBe(429)
    // Queries and other mutations spend nothing.
    for (let attempt = 0; attempt < 12; attempt += 1)
      expect((await postGraphql('{ Trips(limit: 1) { totalDocs } }', '10.0.2.3')).status).toBe(200)
    const signedIn = JSON.parse((await graphqlLogin('10.0.2.3', 'other@limits.test', 'the right password')).text)
    expect(signedIn.data.loginUser.token).toBeTruthy()
  })
})
