import { expect, test } from '@playwright/test'
import pg from 'pg'
import { approvedTrip, tokenFor } from '../tests/api'
import { openMailbox } from '../tests/mailbox'
import { clusterPorts, missingTools, startCluster, unique, url, type TCluster } from '@itinera/stack/cluster'

const missing = missingTools()
test.skip(Boolean(missing), `The cluster test needs ${missing} (.ci/run installs them as root).`)
test.describe.configure({ mode: 'serial' })

let cluster: TCluster
let mailbox: Awaited<ReturnType<typeof openMailbox>>
const report = (line: string) => console.log(`[cluster] ${line}`)
// Apart from the suite's (E2E_PORT_BASE), the local stack's and the bench's ports.
const PORT_BASE = 4100
const PORTS = clusterPorts(PORT_BASE)
const SIGN_IN_LIMIT = 6
const CMS_A = url(PORTS.cms[0]!)

async function primaryQuery<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: cluster.databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

/** The h1 of a reader page, read from one instance directly. */
const headingOn = async (port: number, pagePath: string) => {
  const html = await fetch(`${url(port)}${pagePath}`).then((response) => response.text())
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
}

test.beforeAll(async () => {
  test.setTimeout(600_000)
  mailbox = await openMailbox(PORTS.smtp)
  cluster = await startCluster({ portBase: PORT_BASE, log: report, signInLimit: SIGN_IN_LIMIT, smtp: true })
})

test.afterAll(async () => {
  await cluster?.stop()
  await mailbox?.close()
})

test('an approval through CMS A is live on both readers, and its mail job runs once', async ({ request }) => {
  const trip = await approvedTrip(request, { cmsUrl: CMS_A })
  const page = `/trips/${trip.slug}`
  for (const port of PORTS.web) await expect.poll(() => headingOn(port, page)).toBe(trip.title)

  const renamed = `${trip.title} (corrected)`
  await trip.editor.patch(`/trips/${trip.id}?draft=true`, { title: renamed })
  await trip.editor.post(`/trips/${trip.id}/workflow/submit`)
  // Timed from the step's answer: the workflow call first loads the record it names (apiAs).
  const approveSent = Date.now()
  await trip.reviewer.post(`/trips/${trip.id}/workflow/approve`)
  const approved = Date.now()
  const liveAfter = await Promise.all(
    PORTS.web.map(async (port) => {
      await expect.poll(() => headingOn(port, page), { intervals: [50], timeout: 30_000 }).toBe(renamed)
      return Date.now() - approved
    }),
  )
  report(
    `approval on CMS A answered in ${approved - approveSent} ms; live on reader A ${liveAfter[0]} ms and on reader B ${liveAfter[1]} ms after that`,
  )

  // The approval queued one mail job in its transaction; both CMS runners watch the queue.
  const subject = `Approved and published: trip "${renamed}"`
  await mailbox.mailMatching((mail) => mail.subject === subject)
  // Mail jobs only: link checks of the seeded sources run on their own queue meanwhile, and a
  // scheduled sweep always waits for its next time.
  await expect
    .poll(
      async () =>
        (
          await primaryQuery(
            `SELECT id FROM payload_jobs WHERE completed_at IS NULL AND task_slug = 'sendNotificationMail'`,
          )
        ).length,
    )
    .toBe(0)
  expect(mailbox.received().filter((mail) => mail.subject === subject)).toHaveLength(1)
})

test('the sign-in limit counts attempts on both CMS instances together', async () => {
  // One address (as a proxy in front would forward it), spread over both instances.
  const attempt = (port: number) =>
    fetch(`${url(port)}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
      body: JSON.stringify({ email: `nobody-${unique()}@example.org`, password: 'wrong password' }),
    }).then((response) => response.status)
  const statuses: number[] = []
  for (let i = 0; i < SIGN_IN_LIMIT; i += 1) statuses.push(await attempt(PORTS.cms[i % 2]!))
  expect(statuses).not.toContain(429)
  expect(await attempt(PORTS.cms[0]!)).toBe(429)
  expect(await attempt(PORTS.cms[1]!)).toBe(429)
})

test('killing a reader and a CMS under load loses no GET and no write', async ({ request }) => {
  const trip = await approvedTrip(request, { cmsUrl: url(PORTS.cmsEdge) })
  const token = await tokenFor('editor', url(PORTS.cmsEdge))
  const run = unique()
  const pages = ['/', `/trips/${trip.slug}`]
  const GETS = 300
  const MAX_WRITES = 300
  // 'cut off': the reader died after nginx had passed its headers on, which no proxy can retry.
  const gets: (number | 'cut off' | 'no answer')[] = []
  const writes: { name: string; slug: string; status: number | 'no answer'; retried?: number | 'no answer' }[] = []

  const getLoop = async () => {
    while (gets.length < GETS) {
      const index = gets.push(0) - 1
      if (index === GETS / 3) {
        cluster.kill('web', 1)
        cluster.kill('cms', 1)
        report(`SIGKILL to reader B and CMS B after ${index} GETs and ${writes.length} writes`)
      }
      gets[index] = await fetch(`${url(PORTS.readerEdge)}${pages[index % pages.length]}`).then(
        (response) =>
          response.text().then(
            () => response.status,
            () => 'cut off' as const,
          ),
        () => 'no answer' as const,
      )
    }
  }
  // A write names its place by a unique slug, so sending it again after no answer cannot store it twice.
  const send = (write: (typeof writes)[number]) =>
    fetch(`${url(PORTS.cmsEdge)}/api/places?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name: write.name, slug: write.slug }),
    }).then(
      (response) => response.status,
      () => 'no answer' as const,
    )
  // Writes go on while the GETs run, so some are in flight when CMS B dies.
  const writeLoop = async () => {
    while (gets.length < GETS && writes.length < MAX_WRITES) {
      const index = writes.length
      const write: (typeof writes)[number] = {
        name: `Cluster write ${run} ${index}`,
        slug: `cluster-${run}-${index}`,
        status: 'no answer',
      }
      writes.push(write)
      write.status = await send(write)
    }
  }
  await Promise.all([getLoop(), getLoop(), getLoop(), getLoop(), writeLoop(), writeLoop()])
  for (const write of writes.filter(({ status }) => status !== 201)) write.retried = await send(write)

  const cutOffGets = gets.filter((status) => status === 'cut off').length
  const failedGets = gets.filter((status) => status !== 200 && status !== 'cut off')
  report(
    `${GETS} GETs through nginx: ${GETS - failedGets.length - cutOffGets} answered 200, ${cutOffGets} cut off mid-body, failed: ${failedGets.join(', ') || 'none'}`,
  )
  expect(failedGets).toEqual([])

  const stored = new Map(
    (
      await primaryQuery<{ slug: string; n: string }>(
        `SELECT slug, count(*) AS n FROM places WHERE slug LIKE $1 GROUP BY slug`,
        [`cluster-${run}-%`],
      )
    ).map((row) => [row.slug, Number(row.n)]),
  )
  const cutOff = writes.filter(({ status }) => status !== 201)
  report(
    `${writes.length} writes through nginx: ${writes.length - cutOff.length} answered 201; cut off: ${cutOff.map((write) => `${write.status} then ${write.retried}`).join(', ') || 'none'}`,
  )
  expect(writes.map((write) => [write.slug, stored.get(write.slug)])).toEqual(writes.map((write) => [write.slug, 1]))
  // The one left standing still takes sign-ins and approvals.
  await expect(approvedTrip(request, { cmsUrl: url(PORTS.cmsEdge) })).resolves.toMatchObject({ id: expect.any(Number) })
})
