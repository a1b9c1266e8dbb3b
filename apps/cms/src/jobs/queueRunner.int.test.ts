import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { verifyRevalidation } from '@itinera/contracts/revalidation'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { setupIntegration } from '../test/integration'

const SECRET = 'queue-runner-test-secret-'.padEnd(40, 'x')

/** The reader's /api/revalidate, a real HTTP server: how often each tag arrived; what it answers is set per tag. */
const arrivals = new Map<string, number>()
const answers = new Map<string, (response: ServerResponse, arrival: number) => void>()
const reader = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    if (!verifyRevalidation(SECRET, body, { get: (name) => request.headers[name]?.toString() ?? null }).ok)
      return response.writeHead(401).end()
    const [tag] = (JSON.parse(body) as { tags: string[] }).tags
    const arrival = (arrivals.get(tag!) ?? 0) + 1
    arrivals.set(tag!, arrival)
    const answer = answers.get(tag!)
    if (answer) answer(response, arrival)
    else response.writeHead(200).end('{}')
  })
})
await new Promise<void>((resolve) => reader.listen(0, '127.0.0.1', resolve))
afterAll(() => new Promise((resolve) => reader.close(resolve)))
process.env.REVALIDATE_SECRET = SECRET
process.env.REVALIDATE_URL = `http://127.0.0.1:${(reader.address() as AddressInfo).port}/api/revalidate`
// Short, so that a job left by a dead runner is taken over within the test; long enough that a
// busy machine's pauses (the runners renew every second) do not pass for a dead runner.
process.env.JOB_LEASE_SECONDS = '3'

// Two CMS instances on one database, each with its own connections and queue runner.
const { payload } = await setupIntegration('queue-runner', { actors: false })
// Imported once the environment is set: they read it.
const [{ default: config }, { runJobs }, { REVALIDATE_READER_TASK }] = await Promise.all([
  import('../payload.config'),
  import('./runJobs'),
  import('../revalidation/revalidateReaderTask'),
])
const second = await getPayload({ config, key: 'second-instance' })
const secondRunner = await runJobs(second)
afterAll(async () => {
  await secondRunner.stop()
  await second.destroy()
})

const queueTag = (instance: typeof payload, tag: string, waitUntil?: Date) =>
  instance.jobs.queue({ task: REVALIDATE_READER_TASK, input: { tags: [tag] }, waitUntil })

/** Resolves once no job of the test's task is left: each has succeeded (and was deleted) or failed for good. */
const jobsLeft = async () =>
  (
    await rawSql<{ left: number }>(
      payload,
      sql`SELECT count(*)::int AS "left" FROM payload_jobs WHERE task_slug = ${REVALIDATE_READER_TASK} AND has_error IS NOT TRUE`,
    )
  )[0]!.left

describe('the queue runner on several instances', () => {
  it('should run every job exactly once, whichever instance queued it', async () => {
    const tags = Array.from({ length: 30 }, (_, index) => `once-${index}`)
    await Promise.all(tags.map((tag, index) => queueTag(index % 2 ? second : payload, tag)))
    await expect.poll(jobsLeft, { timeout: 60_000 }).toBe(0)
    expect(tags.map((tag) => arrivals.get(tag))).toEqual(tags.map(() => 1))
  })

  it('should keep a running job its own while it runs longer than the lease', async () => {
    const tag = 'slow'
    let release = () => {}
    answers.set(tag, (response) => (release = () => response.writeHead(200).end('{}')))
    await queueTag(payload, tag)
    await expect.poll(() => arrivals.get(tag), { timeout: 60_000 }).toBe(1)
    // Held for one and a half leases by the database's clock, within the sender's 5 s timeout.
    const [{ start }] = (await rawSql<{ start: string }>(payload, sql`SELECT now()::text AS start`)) as [
      { start: string },
    ]
    await expect
      .poll(
        async () =>
          (
            await rawSql<{ held: boolean }>(
              payload,
              sql`SELECT now() > ${start}::timestamptz + interval '4.5 seconds' AS held`,
            )
          )[0]!.held,
        { timeout: 60_000, interval: 250 },
      )
      .toBe(true)
    release()
    await expect.poll(jobsLeft, { timeout: 60_000 }).toBe(0)
    expect(arrivals.get(tag)).toBe(1)
  })

  it('should take over a job whose runner died, once its lease has run out', async () => {
    const tag = 'orphaned'
    // Queued to wait, then left as a runner that claimed it and died leaves it: processing, not renewed.
    const job = await queueTag(payload, tag, new Date(Date.now() + 3_600_000))
    await rawSql(
      payload,
      sql`UPDATE payload_jobs SET processing = true, wait_until = NULL, updated_at = now() WHERE id = ${job.id}`,
    )
    await expect.poll(jobsLeft, { timeout: 60_000 }).toBe(0)
    expect(arrivals.get(tag)).toBe(1)
  })

  it('should retry a job that failed, with its task\u2019s backoff, until it succeeds', async () => {
    const tag = 'flaky'
    answers.set(tag, (response, arrival) => response.writeHead(arrival <= 2 ? 503 : 200).end('{}'))
    await queueTag(second, tag)
    await expect.poll(jobsLeft, { timeout: 60_000 }).toBe(0)
    expect(arrivals.get(tag)).toBe(3)
  })
})
