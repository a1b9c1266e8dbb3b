import { readFileSync } from 'node:fs'
import path from 'node:path'
import { signRevalidation } from '@itinera/contracts/revalidation'
import { DATA_DIR } from '@itinera/db/paths'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { apiAs, approvedTrip, tokenFor } from './api'
import { loginFor, type TDemoRole } from './helpers'

/**
 * Every surface, every actor: unreviewed text (a draft, a pending edit, a sent-back version),
 * review comments, internal notes and other people's e-mails must never come back, and no
 * attempt to approve one's own work, raise one's own role or replay a webhook may succeed or
 * leave a trace. Each request is one attempt; the total is printed at the end.
 */
const SECRET = {
  draft: `draftsecret${Date.now().toString(36)}`,
  pending: `pendingsecret${Date.now().toString(36)}`,
  sentBack: `sentbacksecret${Date.now().toString(36)}`,
  comment: `commentsecret${Date.now().toString(36)}`,
}
const secrets = Object.values(SECRET)
const OTHER_EMAILS = { editor: ['reviewer', 'admin'], reviewer: ['editor', 'admin'], anonymous: ['editor', 'reviewer', 'admin'] } as const

type TActor = 'anonymous' | 'editor' | 'reviewer'
const ACTORS: TActor[] = ['anonymous', 'editor', 'reviewer']
let attempts = 0

async function headersFor(actor: TActor): Promise<Record<string, string>> {
  return actor === 'anonymous' ? {} : { Authorization: `JWT ${await tokenFor(actor)}` }
}

/** One request that must not reveal any secret (nor, for `emailsOf`, those people's e-mails). */
async function expectNothingLeaks(request: APIRequestContext, actor: TActor, method: 'get' | 'post', url: string, data?: unknown) {
  attempts += 1
  const response = method === 'get' ? await request.get(url, { headers: await headersFor(actor) }) : await request.post(url, { headers: await headersFor(actor), data })
  const body = await response.text()
  for (const secret of secrets) expect(body, `${actor} ${method.toUpperCase()} ${url}`).not.toContain(secret)
  for (const role of OTHER_EMAILS[actor]) expect(body, `${actor} ${url} shows the ${role}'s e-mail`).not.toContain(loginFor(role).email)
  expect(response.status(), `${actor} ${url}`).toBeLessThan(500)
  return response
}

/** One request that must be refused with `status`. */
async function expectRefused(request: APIRequestContext, actor: TActor | 'admin', method: 'post' | 'patch', url: string, status: number | number[], data?: unknown) {
  attempts += 1
  const headers: Record<string, string> = actor === 'anonymous' ? {} : { Authorization: `JWT ${await tokenFor(actor as TDemoRole)}` }
  const response = await request[method](url, { headers, data })
  expect([status].flat(), `${actor} ${method.toUpperCase()} ${url}: ${response.status()} ${await response.text()}`).toContain(response.status())
  return response
}

test.describe('attacks on every surface', () => {
  let ids: { draft: number; draftSlug: string; pending: number; pendingSlug: string; sentBack: number; sentBackSlug: string; editorId: number; reviewerId: number }
  let counts: Record<string, number>

  const countAll = async (request: APIRequestContext) => {
    const admin = await apiAs(request, 'admin')
    const total = async (path: string) => (await admin.get<{ totalDocs: number }>(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).totalDocs
    return {
      users: await total('/users'),
      admins: await total('/users?where[roles][contains]=admin'),
      reviewers: await total('/users?where[roles][contains]=reviewer'),
    }
  }

  test.beforeAll(async ({ request }) => {
    const editor = await apiAs(request, 'editor')
    const reviewer = await apiAs(request, 'reviewer')
    const leader = (await editor.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')).docs[0]!.id
    const unique = Date.now().toString(36)
    // A draft never submitted, with the secret in its title, summary, a detail and its import notes.
    const draft = await editor.post<{ doc: { id: number } }>('/trips?draft=true', {
      title: `Visit ${SECRET.draft}`,
      slug: `attack-draft-${unique}`,
      leader,
      certainty: 'rumored',
      summary: SECRET.draft,
      stops: [{ id: `s-${unique}`, start: { year: 1961 }, details: [{ text: SECRET.draft }] }],
      importWarnings: [{ line: 1, code: 'note', message: SECRET.draft }],
    })
    // An approved trip whose next version waits for review.
    const pending = await approvedTrip(request)
    await editor.patch(`/trips/${pending.id}?draft=true`, { title: `Visit ${SECRET.pending}`, summary: SECRET.pending })
    await editor.post(`/trips/${pending.id}/workflow/submit`)
    // An approved trip whose next version was sent back, with the reviewer's comment.
    const sentBack = await approvedTrip(request)
    await editor.patch(`/trips/${sentBack.id}?draft=true`, { title: `Visit ${SECRET.sentBack}`, summary: SECRET.sentBack })
    await editor.post(`/trips/${sentBack.id}/workflow/submit`)
    await reviewer.post(`/trips/${sentBack.id}/workflow/request_changes`, { comment: SECRET.comment })
    const me = async (role: TDemoRole) => (await (await apiAs(request, role)).get<{ user: { id: number } }>('/users/me')).user.id
    ids = { draft: draft.doc.id, draftSlug: `attack-draft-${unique}`, pending: pending.id, pendingSlug: pending.slug, sentBack: sentBack.id, sentBackSlug: sentBack.slug, editorId: await me('editor'), reviewerId: await me('reviewer') }
    counts = await countAll(request)
  })

  test('should show no unreviewed text on any public surface, whoever is signed in', async ({ request }) => {
    const trpc = (procedure: string, input: unknown) => `${CMS_URL}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
    for (const actor of ACTORS) {
      for (const url of [
        `${WEB_URL}/trips/${ids.draftSlug}`,
        trpc('reader.trip', { slug: ids.draftSlug }),
        `${WEB_URL}/trips/${ids.pendingSlug}`,
        `${WEB_URL}/trips/${ids.sentBackSlug}`,
        `${WEB_URL}/leaders/kim-il-sung`,
        `${WEB_URL}/`,
        // A prefix of each secret: the page echoes the query, so only a hit could show the whole word.
        ...secrets.map((secret) => `${WEB_URL}/search?q=${secret.slice(0, -4)}`),
        `${WEB_URL}/data/trips.json`,
        `${WEB_URL}/data/trips.csv`,
        `${WEB_URL}/feed.xml`,
        `${WEB_URL}/sitemap.xml`,
        trpc('reader.trip', { slug: ids.pendingSlug }),
        trpc('reader.trip', { slug: ids.sentBackSlug }),
        ...secrets.map((secret) => trpc('reader.search', { q: secret.slice(0, -4) })),
        trpc('reader.exportTrips', { page: 1 }),
        trpc('reader.trips', {}),
      ]) {
        await expectNothingLeaks(request, actor, 'get', url)
      }
    }
  })

  test('should keep drafts, versions, review events, notes and e-mails from anonymous callers of every API', async ({ request }) => {
    for (const url of [
      `${CMS_URL}/api/trips/${ids.draft}`,
      `${CMS_URL}/api/trips/${ids.draft}?draft=true`,
      `${CMS_URL}/api/trips/${ids.pending}?draft=true`,
      `${CMS_URL}/api/trips/${ids.sentBack}?draft=true&depth=2`,
      `${CMS_URL}/api/trips?draft=true&limit=200`,
      `${CMS_URL}/api/trips?where[title][like]=${SECRET.draft}`,
      `${CMS_URL}/api/trips/versions?limit=200`,
      `${CMS_URL}/api/review-events?limit=200`,
      `${CMS_URL}/api/users?limit=200`,
      `${CMS_URL}/api/users/${ids.editorId}`,
      `${CMS_URL}/api/users/me`,
      `${CMS_URL}/api/payload-locked-documents?limit=200`,
      `${CMS_URL}/api/payload-preferences?limit=200`,
    ]) {
      const response = await expectNothingLeaks(request, 'anonymous', 'get', url)
      // A record that was never approved is not there for them at all; an approved one answers with its approved version.
      if (url.split('?')[0]!.endsWith(`/trips/${ids.draft}`) || /\/users\/\d+$/.test(url.split('?')[0]!)) expect([401, 403, 404], url).toContain(response.status())
    }
    for (const query of [
      `{ Trips(draft: true, limit: 200) { docs { title summary importWarnings { message } } } }`,
      `{ Trip(id: ${ids.draft}, draft: true) { title } }`,
      `{ versionsTrips(limit: 200) { docs { version { title summary } } } }`,
      `{ ReviewEvents(limit: 200) { docs { comment } } }`,
      `{ Users(limit: 200) { docs { email } } }`,
    ]) {
      await expectNothingLeaks(request, 'anonymous', 'post', `${CMS_URL}/api/graphql`, { query })
    }
  })

  test("should keep other people's e-mails from staff", async ({ request }) => {
    for (const actor of ['editor', 'reviewer'] as const) {
      const other = actor === 'editor' ? ids.reviewerId : ids.editorId
      for (const url of [`${CMS_URL}/api/users?limit=200`, `${CMS_URL}/api/users/${other}`, `${CMS_URL}/admin/collections/users`]) {
        await expectNothingLeaks(request, actor, 'get', url)
      }
      await expectNothingLeaks(request, actor, 'post', `${CMS_URL}/api/graphql`, { query: '{ Users(limit: 200) { docs { email } } }' })
    }
  })

  test('should refuse self-approval, role escalation and sign-up after setup, and change nothing', async ({ request }) => {
    const editor = await apiAs(request, 'editor')
    // Self-approval: the author approves their own submission; it stays pending, with no approval recorded.
    const own = await approvedTrip(request)
    await editor.patch(`/trips/${own.id}?draft=true`, { summary: 'An edit the editor would like to approve alone.' })
    await editor.post(`/trips/${own.id}/workflow/submit`)
    const current = async (id: number) => ({ version: (await editor.get<{ updatedAt: string }>(`/trips/${id}?draft=true&depth=0`)).updatedAt })
    await expectRefused(request, 'editor', 'post', `${CMS_URL}/api/trips/${own.id}/workflow/approve`, 403, await current(own.id))
    const admin = await apiAs(request, 'admin')
    expect((await admin.get<{ reviewState: string }>(`/trips/${own.id}?draft=true&depth=0`)).reviewState).toBe('in_review')
    const approvals = await admin.get<{ totalDocs: number }>(`/review-events?where[collection][equals]=trips&where[documentId][equals]=${own.id}&where[action][equals]=approve&limit=1`)
    expect(approvals.totalDocs).toBe(1)
    // Approving a version other than the one under review: the reviewer loaded it, then the editor
    // withdrew it, changed it and submitted again; the stale approval is refused and nothing is decided.
    const changed = await approvedTrip(request)
    await editor.patch(`/trips/${changed.id}?draft=true`, { summary: 'First wording.' })
    await editor.post(`/trips/${changed.id}/workflow/submit`)
    const reviewed = (await admin.get<{ updatedAt: string }>(`/trips/${changed.id}?draft=true&depth=0`)).updatedAt
    await editor.post(`/trips/${changed.id}/workflow/withdraw`)
    await editor.patch(`/trips/${changed.id}?draft=true`, { summary: 'Second wording, never reviewed.' })
    await editor.post(`/trips/${changed.id}/workflow/submit`)
    for (const step of ['approve', 'request_changes']) {
      const refused = await expectRefused(request, 'reviewer', 'post', `${CMS_URL}/api/trips/${changed.id}/workflow/${step}`, 409, { version: reviewed, comment: 'Looked fine.' })
      expect(await refused.text()).toMatch(/reload/i)
    }
    expect((await admin.get<{ reviewState: string }>(`/trips/${changed.id}?draft=true&depth=0`)).reviewState).toBe('in_review')
    await expectRefused(request, 'reviewer', 'post', `${CMS_URL}/api/trips/${changed.id}/workflow/approve`, 400, {})

    // Role escalation through the users API, REST and GraphQL.
    for (const actor of ['editor', 'reviewer'] as const) {
      const self = actor === 'editor' ? ids.editorId : ids.reviewerId
      for (const roles of [['admin'], ['reviewer', 'editor'], [actor, 'admin']]) {
        attempts += 1
        const response = await request.patch(`${CMS_URL}/api/users/${self}`, { headers: { Authorization: `JWT ${await tokenFor(actor)}` }, data: { roles } })
        expect(response.status(), `${actor} sets own roles ${roles}`).toBeLessThan(500)
        if (response.ok()) expect((await response.json()).doc.roles).toEqual([actor])
      }
      await expectRefused(request, actor, 'post', `${CMS_URL}/api/users`, [401, 403], { email: `mole-${actor}@itinera.test`, password: 'a-password-1234', name: 'Mole', roles: ['admin'] })
      attempts += 1
      const graphql = await request.post(`${CMS_URL}/api/graphql`, {
        headers: { Authorization: `JWT ${await tokenFor(actor)}` },
        data: { query: `mutation { updateUser(id: ${self}, data: { roles: admin }) { roles } }` },
      })
      expect(JSON.stringify(await graphql.json())).not.toMatch(/"roles":\["admin"\]/)
    }
    for (const actor of ['anonymous', 'editor'] as const) {
      await expectRefused(request, actor, 'post', `${CMS_URL}/api/users/first-register`, [401, 403], { email: `first-${actor}@itinera.test`, password: 'a-password-1234', name: 'First' })
    }
    // A reviewer may not write content, nor approve as anyone but themself.
    await expectRefused(request, 'reviewer', 'patch', `${CMS_URL}/api/trips/${ids.pending}?draft=true`, 403, { title: 'Reviewer rewrites it', updatedAt: (await current(ids.pending)).version })
    await expectRefused(request, 'anonymous', 'post', `${CMS_URL}/api/trips/${ids.pending}/workflow/approve`, [401, 403], await current(ids.pending))
  })

  test('should refuse revalidation calls that are unsigned, forged, stale or replayed', async ({ request }) => {
    const secret = readFileSync(path.join(DATA_DIR, 'revalidate-secret'), 'utf8').trim()
    const body = JSON.stringify({ tags: ['lists'] })
    const send = async (headers: Record<string, string>, status: number) => {
      attempts += 1
      const response = await request.post(`${WEB_URL}/api/revalidate`, { headers: { 'content-type': 'application/json', ...headers }, data: body })
      expect(response.status(), JSON.stringify(headers)).toBe(status)
    }
    await send({}, 401)
    await send({ ...signRevalidation('a-guessed-secret-that-is-long-enough-0000', body) }, 401)
    await send({ ...signRevalidation(secret, body, Date.now() - 10 * 60_000) }, 401)
    await send({ ...signRevalidation(secret, body, Date.now() + 10 * 60_000) }, 401)
    const valid = signRevalidation(secret, body)
    await send(valid, 200)
    await send(valid, 409)
  })

  test.afterAll(async ({ request }) => {
    // No trace: no account created, no role changed.
    expect(await countAll(request)).toEqual(counts)
    console.log(`Attack suite: ${attempts} attempts, every one refused or empty.`)
  })
})
