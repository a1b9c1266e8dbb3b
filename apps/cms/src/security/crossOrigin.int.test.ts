import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { USERS } from '../slugs'
import { setupIntegration } from '../test/integration'

const system = await setupIntegration('cross-origin')
let env: { CMS_URL: string; WEB_URL: string }
beforeAll(async () => {
  // Read once the test environment is set, as the CMS's configuration read it.
  env = (await import('../env')).env
})

/** The editor's session as the admin's browser holds it: Payload's cookie. */
const sessionCookie = () => `payload-token=${system.actors.editor.headers.get('authorization')!.replace(/^JWT /, '')}`

const request = (method: string, path: string, headers: Record<string, string>) =>
  handleEndpoints({
    config: system.payload.config,
    request: new Request(`${system.payload.config.serverURL}/api${path}`, { method, headers }),
  })

describe('cross-origin calls to the CMS', () => {
  it("should use a session cookie from the admin's own origin", async () => {
    const answer = await request('GET', `/${USERS}/me`, { cookie: sessionCookie(), origin: env.CMS_URL })
    expect(((await answer.json()) as { user: { email: string } | null }).user?.email).toBe(
      system.actors.editor.user!.email,
    )
  })

  it("should ignore a session cookie sent from the reader's origin or any other", async () => {
    for (const origin of [env.WEB_URL, 'https://elsewhere.example']) {
      const answer = await request('GET', `/${USERS}/me`, { cookie: sessionCookie(), origin })
      expect({ origin, user: ((await answer.json()) as { user: unknown }).user }).toEqual({ origin, user: null })
    }
  })

  it("should not allow the reader's origin to read answers in a browser (no CORS)", async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const answer = await request(method, '/trips', { origin: env.WEB_URL })
      expect({ method, allowed: answer.headers.get('access-control-allow-origin') }).toEqual({ method, allowed: null })
    }
  })
})
