import { setTimeout as sleep } from 'node:timers/promises'
import { FIXTURE_TEXT_LIST } from '@itinera/importer/fixtures'
import { createLocalReq, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { seedReferenceData } from '../seed/seedDataset'
import { TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rowCounts } from '../test/rowCounts'
import type { TImportPreviewBody } from './importAnswers'
import { importEndpointsWithin } from './importEndpoints'
import { IMPORT_QUEUE, type TImportJobAnswer } from './importJobs'
import { IMPORT_BUDGET, type TImportBudget } from './planInWorker'

const { payload, actors } = await setupIntegration('import_jobs')

const request = (text: string) => ({ text, format: 'text', leader: 'kim-il-sung' })

/** The import endpoints within `budget`, called as Payload calls them: a request with its user, body and route. */
function endpoints(budget: TImportBudget = IMPORT_BUDGET) {
  const handlers = importEndpointsWithin(budget)
  const call = async (path: string, actor: TActorName, extra: Partial<PayloadRequest>) => {
    const req = await createLocalReq({ user: (actors[actor].user ?? undefined) as User | undefined }, payload)
    Object.assign(req, extra)
    return handlers.find((endpoint) => endpoint.path === path)!.handler(req as PayloadRequest)
  }
  return {
    start: (kind: 'preview' | 'create', actor: TActorName, body: unknown) =>
      call(`/import/${kind}`, actor, { json: () => Promise.resolve(body) }),
    status: (job: string, actor: TActorName = 'editor') =>
      call('/import/jobs/:id', actor, { routeParams: { id: job } }),
  }
}
const { start, status } = endpoints()

/** Starts a job as the editor and answers its id (the start answers 202 at once). */
async function started(kind: 'preview' | 'create', text: string, within = endpoints()) {
  const response = await within.start(kind, 'editor', request(text))
  expect(response.status).toBe(202)
  return ((await response.json()) as { job: string }).job
}

const read = async (job: string) => (await (await status(job)).json()) as TImportJobAnswer
/** Asks how the job is doing until `done` says so (the job's own progress, never a clock). */
async function until(job: string, done: (answer: TImportJobAnswer) => boolean): Promise<TImportJobAnswer> {
  for (;;) {
    const answer = await read(job)
    if (done(answer)) return answer
    await sleep(50)
  }
}
const finished = (job: string) => until(job, (answer) => answer.state === 'succeeded' || answer.state === 'failed')

const listLines = FIXTURE_TEXT_LIST.split('\n')
const at = (prefix: string) => listLines.findIndex((line) => line.startsWith(prefix))
const HEADER = listLines.slice(0, at('12-20 April 1953'))
const ROWS = listLines.slice(at('12-20 April 1953'), at('References'))
const REFERENCES = listLines.slice(at('References'))
/** Rows in our text list: 17 dated rows and a rumor paragraph. */
const FIXTURE_ROWS = 18
/** Our text list with its rows `copies` times over: as heavy to plan as a long list. */
const longList = (copies: number) =>
  [...HEADER, ...Array.from({ length: copies }, () => ROWS).flat(), ...REFERENCES].join('\n')

beforeAll(async () => {
  await seedReferenceData(payload, await createLocalReq({}, payload))
}, 300_000)

describe('imports run as background jobs', () => {
  it('should answer a large preview at once and serve other requests while the list is planned', async () => {
    const copies = 60
    const job = await started('preview', longList(copies))
    // The worker has read the rows and is planning them.
    await until(job, (answer) => answer.progress.rowsParsed !== null)
    await payload.find({ collection: TRIPS, limit: 1, depth: 0, overrideAccess: true })
    // The read came back while the list was still being planned: nothing had been planned yet.
    expect((await read(job)).progress).toMatchObject({ stopsPlanned: null, tripsTotal: null })
    const answer = await finished(job)
    expect(answer).toMatchObject({ kind: 'preview', state: 'succeeded', failure: null })
    // Progress told as the job went: rows read (rumors too), then what was planned, as the preview shows it.
    const preview = answer.result as TImportPreviewBody
    expect(answer.progress).toMatchObject({
      stopsPlanned: preview.trips.reduce((count, trip) => count + trip.stops.length, 0),
      tripsTotal: preview.trips.length,
    })
    expect(answer.progress.rowsParsed).toBeGreaterThanOrEqual(answer.progress.stopsPlanned!)
    expect(answer.progress.stopsPlanned).toBeGreaterThan(17 * (copies / 2))
  }, 600_000)

  it('should create the drafts as a job, reporting drafts created of the trips planned', async () => {
    const before = await rowCounts(payload)
    const answer = await finished(await started('create', FIXTURE_TEXT_LIST))
    expect(answer).toMatchObject({ kind: 'create', state: 'succeeded', failure: null })
    expect(answer.progress).toEqual({ rowsParsed: FIXTURE_ROWS, stopsPlanned: 17, tripsCreated: 13, tripsTotal: 13 })
    expect(answer.result).toMatchObject({ created: { trips: 13, stops: 17 } })
    expect((await rowCounts(payload)).trips).toBe(before.trips! + 13)
  }, 600_000)

  it('should stop planning over the time budget, naming it, and write nothing', async () => {
    const before = await rowCounts(payload)
    // No time at all: the worker's answer always comes after the deadline.
    const job = await started('create', FIXTURE_TEXT_LIST, endpoints({ ...IMPORT_BUDGET, planMillis: 0 }))
    const answer = await finished(job)
    expect(answer.state).toBe('failed')
    expect(answer.failure).toEqual({
      status: 422,
      errors: [{ message: expect.stringContaining('longer than the 0 s'), limit: 'planMillis' }],
    })
    expect(await rowCounts(payload)).toEqual(before)
  }, 600_000)

  it('should refuse a list over the row budget with 422 naming the limit, writing nothing', async () => {
    const before = await rowCounts(payload)
    const job = await started('create', FIXTURE_TEXT_LIST, endpoints({ ...IMPORT_BUDGET, maxRows: FIXTURE_ROWS - 1 }))
    const answer = await finished(job)
    expect(answer.failure).toEqual({
      status: 422,
      errors: [
        {
          message: `The list has ${FIXTURE_ROWS} rows; an import may have at most ${FIXTURE_ROWS - 1}: split it.`,
          limit: 'maxRows',
        },
      ],
    })
    expect(answer.progress.rowsParsed).toBe(FIXTURE_ROWS)
    expect(await rowCounts(payload)).toEqual(before)
  }, 600_000)

  it('should refuse a list over the byte budget with 413 before queueing anything', async () => {
    const before = await rowCounts(payload)
    // Every job's status is written before it is queued.
    const jobs = await payload.count({ collection: 'payload-kv', overrideAccess: true })
    const bytes = Buffer.byteLength(FIXTURE_TEXT_LIST)
    const response = await endpoints({ ...IMPORT_BUDGET, maxBytes: bytes - 1 }).start(
      'create',
      'editor',
      request(FIXTURE_TEXT_LIST),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The list is ${bytes} bytes; an import may be at most ${bytes - 1} bytes: split it.`,
          limit: 'maxBytes',
        },
      ],
    })
    expect(await payload.count({ collection: 'payload-kv', overrideAccess: true })).toEqual(jobs)
    expect(await rowCounts(payload)).toEqual(before)
  })

  it('should refuse a reviewer before starting anything, and report a refusal found later in the job', async () => {
    expect((await start('create', 'reviewer', request(FIXTURE_TEXT_LIST))).status).toBe(403)
    expect((await start('preview', 'anonymous', request(FIXTURE_TEXT_LIST))).status).toBe(401)
    const unknownLeader = await start('preview', 'editor', { ...request(FIXTURE_TEXT_LIST), leader: 'nobody' })
    const refused = await finished(((await unknownLeader.json()) as { job: string }).job)
    expect(refused.failure).toMatchObject({ status: 400, errors: [{ message: expect.stringMatching(/^leader: /) }] })
    // A NUL character travels to the importer, which names its line.
    const binary = await finished(await started('preview', 'Date(s)\n3-25 March 1949 Moscow\n\u0000'))
    expect(binary.failure).toMatchObject({ status: 400, errors: [{ line: 3 }] })
  }, 600_000)

  it('should create the drafts once when a second runner picks up the same job', async () => {
    const before = await rowCounts(payload)
    const job = await started('create', FIXTURE_TEXT_LIST)
    // The queue's own runner (as its cron, or another CMS process, would run it) beside the start's.
    await payload.jobs.run({ queue: IMPORT_QUEUE })
    const answer = await finished(job)
    expect(answer.state).toBe('succeeded')
    expect((await rowCounts(payload)).trips).toBe(before.trips! + 13)
  }, 600_000)

  it('should show a job only to the editor who started it and to admins', async () => {
    const job = await started('preview', FIXTURE_TEXT_LIST)
    await finished(job)
    expect((await status(job, 'editor')).status).toBe(200)
    expect((await status(job, 'admin')).status).toBe(200)
    // Another editor is not told the job exists; a reviewer may not import at all.
    expect((await status(job, 'editorReviewer')).status).toBe(404)
    expect((await status(job, 'reviewer')).status).toBe(403)
    expect((await status(job, 'anonymous')).status).toBe(401)
    expect((await status('00000000-0000-4000-8000-000000000000', 'admin')).status).toBe(404)
  }, 600_000)
})
