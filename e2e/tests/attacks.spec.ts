import { signRevalidation } from '@itinera/contracts/revalidation'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { CMS_URL, E2E_REVALIDATE_SECRET, WEB_URL } from '../playwright.config'
import { apiAs, approvedTrip, tokenFor } from './api'
import { loginFor, type TDemoRole } from './helpers'

/**
 * Every surface, every actor: unreviewed text (a draft, a pending edit, a sent-back version),
 * review comments, internal notes and other people's e-mails must never come back, and no
 * attempt to approve one's own work, raise one's own role or replay a webhook may succeed or
 * leave a trace. Each request is one attempt; the total is printed at the end. Every answer must
 * also be the one expected (its status and what it shows), so a blank page cannot pass.
 */
const SECRET = {
  draft: `draftsecret${Date.now().toString(36)}`,
  pending: `pendingsecret${Date.now().toString(36)}`,
  sentBack: `sentbacksecret${Date.now().toString(36)}`,
  comment: `commentsecret${Date.now().toString(36)}`,
}
const secrets = Object.values(SECRET)
const OTHER_EMAILS = {
  editor: ['reviewer', 'admin'],
  reviewer: ['editor', 'admin'],
  anonymous: ['editor', 'reviewer', 'admin'],
} as const

type TActor = 'anonymous' | 'editor' | 'reviewer'
const ACTORS: TActor[] = ['anonymous', 'editor', 'reviewer']
let attempts = 0

async function headersFor(actor: TActor | 'admin'): Promise<Record<string, string>> {
  return actor === 'anonymous' ? {} : { Authorization: `JWT ${await tokenFor(actor)}` }
}

/** The answer a request must get: its status and a piece of its body that only the right answer has. */
interface TExpected {
  status: number
  shows: string | RegExp
}

const NOT_FOUND_PAGE: TExpected = { status: 404, shows: 'This page could not be found' }
const NOT_FOUND_API: TExpected = { status: 404, shows: '{"errors":[{"message":"Not Found"}]}' }
const FORBIDDEN = 'You are not allowed to perform this action.'
const FORBIDDEN_API: TExpected = { status: 403, shows: `{"errors":[{"message":"${FORBIDDEN}"}]}` }
const forbiddenInGraphql = (field: string): TExpected => ({
  status: 200,
  shows: `"message":"${FORBIDDEN}","path":["${field}"]`,
})
const heading = (text: string): TExpected => ({ status: 200, shows: `<h1>${text}</h1>` })
const FIRST_SEED_TRIP: TExpected = { status: 200, shows: '"slug":"1949-03-soviet-union"' }

function expectAnswer(status: number, body: string, expected: TExpected, where: string) {
  expect(status, `${where}: ${body.slice(0, 300)}`).toBe(expected.status)
  // React separates the parts of a text with empty comments.
  const text = body.replaceAll('<!-- -->', '')
  if (typeof expected.shows === 'string') expect(text, where).toContain(expected.shows)
  else expect(text, where).toMatch(expected.shows)
}

/** One request that must get `expected` and not reveal any secret (nor other people's e-mails). */
async function expectNothingLeaks(
  request: APIRequestContext,
  actor: TActor,
  method: 'get' | 'post',
  url: string,
  expected: TExpected,
  data?: unknown,
) {
  attempts += 1
  const response =
    method === 'get'
      ? await request.get(url, { headers: await headersFor(actor) })
      : await request.post(url, { headers: await headersFor(actor), data })
  const body = await response.text()
  const where = `${actor} ${method.toUpperCase()} ${url}${data ? ` ${JSON.stringify(data)}` : ''}`
  for (const secret of secrets) expect(body, where).not.toContain(secret)
  for (const role of OTHER_EMAILS[actor])
    expect(body, `${where} shows the ${role}'s e-mail`).not.toContain(loginFor(role).email)
  expectAnswer(response.status(), body, expected, where)
}

/** One request that must be refused with `expected` (the status and the refusal's own message). */
async function expectRefused(
  request: APIRequestContext,
  actor: TActor | 'admin',
  method: 'post' | 'patch',
  url: string,
  expected: TExpected,
  data?: unknown,
) {
  attempts += 1
  const response = await request[method](url, { headers: await headersFor(actor), data })
  expectAnswer(response.status(), await response.text(), expected, `${actor} ${method.toUpperCase()} ${url}`)
}

test.describe('attacks on every surface', () => {
  let ids: {
    draft: number
    draftSlug: string
    pending: number
    pendingSlug: string
    /** The pending and sent-back trips' approved titles: what the public sees of them. */
    pendingTitle: string
    sentBack: number
    sentBackSlug: string
    sentBackTitle: string
    editorId: number
    reviewerId: number
  }
  let counts: Record<string, number>

  const countAll = async (request: APIRequestContext) => {
    const admin = await apiAs(request, 'admin')
    const total = async (path: string) =>
      (await admin.get<{ totalDocs: number }>(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).totalDocs
    return {
      users: await total('/users'),
      admins: await total('/users?where[roles][contains]=admin'),
      reviewers: await total('/users?where[roles][contains]=reviewer'),
    }
  }

  test.beforeAll(async ({ request }) => {
    const editor = await apiAs(request, 'editor')
    const reviewer = await apiAs(request, 'reviewer')
    const leader = (await editor.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')).docs[0]!
      .id
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
    await editor.patch(`/trips/${sentBack.id}?draft=true`, {
      title: `Visit ${SECRET.sentBack}`,
      summary: SECRET.sentBack,
    })
    await editor.post(`/trips/${sentBack.id}/workflow/submit`)
    await reviewer.post(`/trips/${sentBack.id}/workflow/request_changes`, { comment: SECRET.comment })
    const me = async (role: TDemoRole) =>
      (await (await apiAs(request, role)).get<{ user: { id: number } }>('/users/me')).user.id
    ids = {
      draft: draft.doc.id,
      draftSlug: `attack-draft-${unique}`,
      pending: pending.id,
      pendingSlug: pending.slug,
      pendingTitle: pending.title,
      sentBack: sentBack.id,
      sentBackSlug: sentBack.slug,
      sentBackTitle: sentBack.title,
      editorId: await me('editor'),
      reviewerId: await me('reviewer'),
    }
    counts = await countAll(request)
  })

  test('should show no unreviewed text on any public surface, whoever is signed in', async ({ request }) => {
    const trpc = (procedure: string, input: unknown) =>
      `${CMS_URL}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
    const publicSurfaces: [string, TExpected][] = [
      [`${WEB_URL}/trips/${ids.draftSlug}`, NOT_FOUND_PAGE],
      [
        trpc('reader.trip', { slug: ids.draftSlug }),
        { status: 404, shows: '"code":"NOT_FOUND","httpStatus":404,"path":"reader.trip"' },
      ],
      [`${WEB_URL}/trips/${ids.pendingSlug}`, heading(ids.pendingTitle)],
      [`${WEB_URL}/trips/${ids.sentBackSlug}`, heading(ids.sentBackTitle)],
      [`${WEB_URL}/leaders/kim-il-sung`, { status: 200, shows: '<h1>Kim Il Sung<' }],
      [`${WEB_URL}/`, heading('Journeys of North Korea&#x27;s leaders')],
      // A prefix of each secret: the page echoes the query, so only a hit could show the whole word.
      ...secrets.map((secret): [string, TExpected] => [
        `${WEB_URL}/search?q=${secret.slice(0, -4)}`,
        { status: 200, shows: `0 results for “${secret.slice(0, -4)}”` },
      ]),
      [`${WEB_URL}/data/trips.json`, { status: 200, shows: /"slug": "1949-03-soviet-union"/ }],
      [
        `${WEB_URL}/data/trips.csv`,
        { status: 200, shows: '\n1949-03-soviet-union,Visit to the Soviet Union,Kim Il Sung,' },
      ],
      [`${WEB_URL}/feed.xml`, { status: 200, shows: '<title>Itinera — newly verified trips</title>' }],
      [`${WEB_URL}/sitemap.xml`, { status: 200, shows: `<loc>${WEB_URL}/leaders/kim-il-sung</loc>` }],
      [trpc('reader.trip', { slug: ids.pendingSlug }), { status: 200, shows: `"title":"${ids.pendingTitle}"` }],
      [trpc('reader.trip', { slug: ids.sentBackSlug }), { status: 200, shows: `"title":"${ids.sentBackTitle}"` }],
      ...secrets.map((secret): [string, TExpected] => [
        trpc('reader.search', { q: secret.slice(0, -4) }),
        { status: 200, shows: '{"result":{"data":{"hits":[]}}}' },
      ]),
      [trpc('reader.exportTrips', { page: 1 }), FIRST_SEED_TRIP],
      [trpc('reader.trips', {}), FIRST_SEED_TRIP],
    ]
    for (const actor of ACTORS) {
      for (const [url, expected] of publicSurfaces) await expectNothingLeaks(request, actor, 'get', url, expected)
    }
  })

  test('should keep drafts, versions, review events, notes and e-mails from anonymous callers of every API', async ({
    request,
  }) => {
    // A record that was never approved is not there for them at all; an approved one answers with its approved version.
    const approvedVersion = (title: string): TExpected => ({ status: 200, shows: `"title":"${title}"` })
    for (const [url, expected] of [
      [`${CMS_URL}/api/trips/${ids.draft}`, NOT_FOUND_API],
      [`${CMS_URL}/api/trips/${ids.draft}?draft=true`, NOT_FOUND_API],
      [`${CMS_URL}/api/trips/${ids.pending}?draft=true`, approvedVersion(ids.pendingTitle)],
      [`${CMS_URL}/api/trips/${ids.sentBack}?draft=true&depth=2`, approvedVersion(ids.sentBackTitle)],
      // Listing with draft=true leaves out a trip whose latest version is unapproved; the seed trips show.
      [`${CMS_URL}/api/trips?draft=true&where[title][like]=Soviet`, approvedVersion('Visit to the Soviet Union')],
      [`${CMS_URL}/api/trips?where[title][like]=${SECRET.draft}`, { status: 200, shows: '"totalDocs":0' }],
      [`${CMS_URL}/api/trips/versions?limit=10`, FORBIDDEN_API],
      [`${CMS_URL}/api/review-events?limit=100`, FORBIDDEN_API],
      [`${CMS_URL}/api/users?limit=100`, FORBIDDEN_API],
      [`${CMS_URL}/api/users/${ids.editorId}`, FORBIDDEN_API],
      [`${CMS_URL}/api/users/me`, { status: 200, shows: '{"user":null' }],
      [`${CMS_URL}/api/payload-locked-documents?limit=100`, FORBIDDEN_API],
      [`${CMS_URL}/api/payload-preferences?limit=100`, FORBIDDEN_API],
    ] as [string, TExpected][]) {
      await expectNothingLeaks(request, 'anonymous', 'get', url, expected)
    }
    for (const [query, expected] of [
      [
        `{ Trips(draft: true, where: { title: { like: "Soviet" } }) { docs { title summary importWarnings { message } } } }`,
        approvedVersion('Visit to the Soviet Union'),
      ],
      [
        `{ Trip(id: ${ids.draft}, draft: true) { title } }`,
        { status: 200, shows: '"message":"Not Found","path":["Trip"]' },
      ],
      [`{ versionsTrips(limit: 10) { docs { version { title summary } } } }`, forbiddenInGraphql('versionsTrips')],
      [`{ ReviewEvents(limit: 100) { docs { comment } } }`, forbiddenInGraphql('ReviewEvents')],
      [`{ Users(limit: 100) { docs { email } } }`, forbiddenInGraphql('Users')],
    ] as [string, TExpected][]) {
      await expectNothingLeaks(request, 'anonymous', 'post', `${CMS_URL}/api/graphql`, expected, { query })
    }
  })

  test("should keep other people's e-mails from staff", async ({ request }) => {
    for (const actor of ['editor', 'reviewer'] as const) {
      const other = actor === 'editor' ? ids.reviewerId : ids.editorId
      // Their own account is all they see.
      const own = loginFor(actor).email
      await expectNothingLeaks(request, actor, 'get', `${CMS_URL}/api/users?limit=100`, {
        status: 200,
        shows: new RegExp(`"email":"${own.replaceAll('.', '\\.')}".*"totalDocs":1,`, 's'),
      })
      await expectNothingLeaks(request, actor, 'get', `${CMS_URL}/api/users/${other}`, NOT_FOUND_API)
      await expectNothingLeaks(request, actor, 'get', `${CMS_URL}/admin/collections/users`, {
        status: 404,
        shows: /Nothing found/,
      })
      await expectNothingLeaks(
        request,
        actor,
        'post',
        `${CMS_URL}/api/graphql`,
        { status: 200, shows: `{"data":{"Users":{"docs":[{"email":"${own}"}]}}}` },
        { query: '{ Users(limit: 100) { docs { email } } }' },
      )
    }
  })

  test('should refuse self-approval, role escalation and sign-up after setup, and change nothing', async ({
    request,
  }) => {
    const editor = await apiAs(request, 'editor')
    // Self-approval: the author approves their own submission; it stays pending, with no approval
    // recorded. An editor lacks the role; an admin has it, and the four-eyes rule refuses them.
    const admin = await apiAs(request, 'admin')
    const current = async (id: number) => ({
      version: (await admin.get<{ updatedAt: string }>(`/trips/${id}?draft=true&depth=0`)).updatedAt,
    })
    for (const [author, refusal] of [
      ['editor', 'Only reviewer or admin users may approve a record.'],
      [
        'admin',
        'You wrote, edited, restored or submitted this version, so someone else must approve it (four-eyes rule).',
      ],
    ] as const) {
      const own = await approvedTrip(request)
      const authorApi = await apiAs(request, author)
      await authorApi.patch(`/trips/${own.id}?draft=true`, {
        summary: `An edit the ${author} would like to approve alone.`,
      })
      await authorApi.post(`/trips/${own.id}/workflow/submit`)
      await expectRefused(
        request,
        author,
        'post',
        `${CMS_URL}/api/trips/${own.id}/workflow/approve`,
        { status: 403, shows: refusal },
        await current(own.id),
      )
      expect((await admin.get<{ reviewState: string }>(`/trips/${own.id}?draft=true&depth=0`)).reviewState).toBe(
        'in_review',
      )
      const approvals = await admin.get<{ totalDocs: number }>(
        `/review-events?where[collection][equals]=trips&where[documentId][equals]=${own.id}&where[action][equals]=approve&limit=1`,
      )
      expect(approvals.totalDocs).toBe(1)
    }
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
      await expectRefused(
        request,
        'reviewer',
        'post',
        `${CMS_URL}/api/trips/${changed.id}/workflow/${step}`,
        { status: 409, shows: /reload/i },
        { version: reviewed, comment: 'Looked fine.' },
      )
    }
    expect((await admin.get<{ reviewState: string }>(`/trips/${changed.id}?draft=true&depth=0`)).reviewState).toBe(
      'in_review',
    )
    await expectRefused(
      request,
      'reviewer',
      'post',
      `${CMS_URL}/api/trips/${changed.id}/workflow/approve`,
      { status: 400, shows: '"message":"version: ' },
      {},
    )

    // Role escalation through the users API, REST and GraphQL.
    for (const actor of ['editor', 'reviewer'] as const) {
      const self = actor === 'editor' ? ids.editorId : ids.reviewerId
      for (const roles of [['admin'], ['reviewer', 'editor'], [actor, 'admin']]) {
        attempts += 1
        const response = await request.patch(`${CMS_URL}/api/users/${self}`, {
          headers: { Authorization: `JWT ${await tokenFor(actor)}` },
          data: { roles },
        })
        // Saved without the roles: only admins may change them.
        expect(response.status(), `${actor} sets own roles ${roles}`).toBe(200)
        expect((await response.json()).doc.roles).toEqual([actor])
      }
      await expectRefused(request, actor, 'post', `${CMS_URL}/api/users`, FORBIDDEN_API, {
        email: `mole-${actor}@itinera.test`,
        password: 'a-password-1234',
        name: 'Mole',
        roles: ['admin'],
      })
      attempts += 1
      const graphql = await request.post(`${CMS_URL}/api/graphql`, {
        headers: { Authorization: `JWT ${await tokenFor(actor)}` },
        data: { query: `mutation { updateUser(id: ${self}, data: { roles: admin }) { roles } }` },
      })
      expect(await graphql.json()).toEqual({ data: { updateUser: { roles: [actor] } } })
    }
    for (const actor of ['anonymous', 'editor'] as const) {
      await expectRefused(request, actor, 'post', `${CMS_URL}/api/users/first-register`, FORBIDDEN_API, {
        email: `first-${actor}@itinera.test`,
        password: 'a-password-1234',
        name: 'First',
      })
    }
    // A reviewer may not write content, nor approve as anyone but themself.
    await expectRefused(request, 'reviewer', 'patch', `${CMS_URL}/api/trips/${ids.pending}?draft=true`, FORBIDDEN_API, {
      title: 'Reviewer rewrites it',
      updatedAt: (await current(ids.pending)).version,
    })
    await expectRefused(
      request,
      'anonymous',
      'post',
      `${CMS_URL}/api/trips/${ids.pending}/workflow/approve`,
      { status: 401, shows: 'Sign in to review records.' },
      await current(ids.pending),
    )
  })

  test('should refuse revalidation calls that are unsigned, forged, stale or replayed', async ({ request }) => {
    const secret = E2E_REVALIDATE_SECRET
    const body = JSON.stringify({ tags: ['lists'] })
    const send = async (headers: Record<string, string>, expected: TExpected) => {
      attempts += 1
      const response = await request.post(`${WEB_URL}/api/revalidate`, {
        headers: { 'content-type': 'application/json', ...headers },
        data: body,
      })
      expectAnswer(response.status(), await response.text(), expected, JSON.stringify(headers))
    }
    const refused = (reason: string): TExpected => ({ status: 401, shows: `{"error":"Refused: ${reason}."}` })
    await send({}, refused('missing signature or timestamp'))
    await send({ ...signRevalidation('a-guessed-secret-that-is-long-enough-0000', body) }, refused('bad signature'))
    await send(
      { ...signRevalidation(secret, body, Date.now() - 10 * 60_000) },
      refused('timestamp too old or in the future'),
    )
    await send(
      { ...signRevalidation(secret, body, Date.now() + 10 * 60_000) },
      refused('timestamp too old or in the future'),
    )
    const valid = signRevalidation(secret, body)
    await send(valid, {
      status: 200,
      shows: '{"revalidated":["lists"],"pages":{"revalidated":["/"],"skipped":[],"leftToBackstop":0}}',
    })
    await send(valid, { status: 409, shows: '{"error":"Refused: this signed call was already used."}' })
  })

  test.afterAll(async ({ request }) => {
    // No trace: no account created, no role changed.
    expect(await countAll(request)).toEqual(counts)
    console.log(`Attack suite: ${attempts} attempts, each answered as expected and none revealing anything unreviewed.`)
  })
})
