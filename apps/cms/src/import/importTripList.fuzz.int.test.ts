import { setTimeout as sleep } from 'node:timers/promises'
import { ImportFileError, MAX_LIST_BYTES, type TListFormat } from '@itinera/importer'
import { FIXTURE_TEXT_LIST } from '@itinera/importer/fixtures'
import fc from 'fast-check'
import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { seedReferenceData } from '../seed/seedDataset'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rowCounts } from '../test/rowCounts'
import { importEndpoints } from './importEndpoints'
import type { TImportJobAnswer } from './importJobs'
import { importTripList, ImportRequestError } from './importTripList'

const { payload, actors } = await setupIntegration('import_fuzz')

let listsTried = 0
const outcomes = { imported: 0, refused: 0 }

const SCRIPT = '<script>alert(1)</script>'
// Bounded by numRuns alone, each run a few database round trips; the timeout only stops a hang,
// and leaves room for a machine at a tenth of its speed.
const HANG_TIMEOUT_MS = 10 * 60_000
const listLines = FIXTURE_TEXT_LIST.split('\n')
const at = (prefix: string) => listLines.findIndex((line) => line.startsWith(prefix))
// The first rows of our text list and its first references: enough to create trips, places, people and sources.
const ROWS = listLines.slice(at('12-20 April 1953'), at('5-8 June 1956') + 1)
const REFERENCES = listLines.slice(at('References'), at('References') + 12)
const HEADER = 'Date(s)CountryLocationsLeaders metDetails'

const garble = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
  fc.constantFrom(
    SCRIPT,
    '"',
    '""',
    '[99]',
    '[1]',
    'Flag of Atlantis.svg',
    '31 February 1950',
    'x'.repeat(400),
    'ISBN 978-0-00-000000-1',
    'http://[',
  ),
)

/** The list's rows and references, with rows dropped, repeated, garbled or scripted. */
const textList = fc
  .tuple(
    fc.subarray(ROWS, { minLength: 1 }),
    fc.array(fc.record({ row: fc.nat(), how: fc.constantFrom('repeat', 'garble', 'script', 'cut'), text: garble }), {
      maxLength: 4,
    }),
    fc.subarray(REFERENCES),
  )
  .map(([rows, edits, references]) => {
    const lines = [...rows]
    for (const { row, how, text } of edits) {
      const index = row % lines.length
      const line = lines[index]!
      if (how === 'repeat') lines.splice(index, 0, line)
      else if (how === 'garble') lines[index] = `${line.slice(0, 30)}${text}${line.slice(30 + text.length)}`
      else if (how === 'script') lines[index] = line.replace(/ /g, ` ${SCRIPT} `)
      else lines[index] = line.slice(0, text.length)
    }
    return { text: [HEADER, ...lines, '', ...references].join('\n'), format: 'text' as TListFormat }
  })

const csvList = fc
  .array(
    fc.tuple(
      fc.constantFrom('3-25 March 1949', '1 October 1959', 'November 1964', '"2-6 July 1956"', 'someday'),
      fc.constantFrom('Soviet Union', 'China', 'Atlantis', ''),
      garble,
      garble,
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows) => ({
    text: ['Date(s),Country,Locations,Leaders met', ...rows.map((cells) => cells.join(','))].join('\r\n'),
    format: 'csv' as TListFormat,
  }))

const htmlList = fc
  .array(
    fc.tuple(
      fc.constantFrom('3-25 March 1949', '1 October 1959', 'c. 1966'),
      garble,
      fc.constantFrom('1', '3', '1e9', 'x'),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((rows) => ({
    text: `<table class="wikitable"><tr><th>Date(s)</th><th>Country</th><th>Locations</th></tr>${rows.map(([date, text, span]) => `<tr><td>${date}</td><td rowspan="${span}">China</td><td>${text}<br>Beijing</td>`).join('')}</table><ol class="references"><li>"A title". AP NEWS. 1 May 1990.</li></ol>`,
    format: 'html' as TListFormat,
  }))

const brokenList = fc.oneof(
  fc.tuple(fc.nat({ max: 500 }), fc.constantFrom('\u0000', '\uFFFD')).map(([position, bad]) => {
    const text = [HEADER, ...ROWS.slice(0, 4)].join('\n')
    return { text: `${text.slice(0, position)}${bad}${text.slice(position)}`, format: 'text' as TListFormat }
  }),
  fc.record({ text: garble, format: fc.constantFrom<TListFormat>('text', 'html', 'csv') }),
)

const fuzzedList = fc.oneof({ weight: 3, arbitrary: textList }, csvList, htmlList, brokenList)

/** Errors the import endpoint answers with a 4xx naming the line or field: anything else would be a 500. */
function expectClearError(error: unknown) {
  if (error instanceof ImportFileError) return expect(error.line).toBeGreaterThanOrEqual(1)
  if (error instanceof ImportRequestError) return expect(error.field).toBeTruthy()
  const status = (error as { status?: unknown }).status
  expect(typeof status === 'number' && status >= 400 && status < 500, `a client error, not ${String(error)}`).toBe(true)
}

type TCreated = { trips: number; stops: number; sources: number; places: number; people: number }

/** What a successful import reports having created is exactly what the database gained. */
function expectCreated(before: Record<string, number>, after: Record<string, number>, created: TCreated) {
  expect(after).toEqual({
    ...before,
    trips: before.trips! + created.trips,
    trip_versions: before.trip_versions! + created.trips,
    stops: before.stops! + created.stops,
    sources: before.sources! + created.sources,
    source_versions: before.source_versions! + created.sources,
    places: before.places! + created.places,
    people: before.people! + created.people,
  })
}

const endpoint = (path: string) => importEndpoints.find((candidate) => candidate.path === path)!
/** The admin's import endpoints, called as Payload calls them: a request with its user, JSON body and route. */
async function call(path: string, actor: TActorName, extra: Partial<PayloadRequest>): Promise<Response> {
  const req = await createLocalReq({ user: (actors[actor].user ?? undefined) as User | undefined }, payload)
  Object.assign(req, extra)
  return endpoint(path).handler(req as PayloadRequest)
}

/**
 * Starts an import through its endpoint and follows its job to the end: what the editor is
 * finally told (a refusal at the start, or the job's result or refusal).
 */
async function post(
  path: '/import/preview' | '/import/create',
  actor: TActorName,
  body: unknown,
): Promise<{ status: number; answer: Record<string, unknown> }> {
  const response = await call(path, actor, { json: () => Promise.resolve(body) })
  if (response.status !== 202) return { status: response.status, answer: await response.json() }
  const { job } = (await response.json()) as { job: string }
  for (;;) {
    const status = (await (
      await call('/import/jobs/:id', actor, { routeParams: { id: job } })
    ).json()) as TImportJobAnswer
    if (status.state === 'succeeded') return { status: 200, answer: status.result as Record<string, unknown> }
    if (status.state === 'failed') return { status: status.failure!.status, answer: status.failure! }
    await sleep(50)
  }
}

beforeAll(async () => {
  await seedReferenceData(payload, await createLocalReq({}, payload))
}, 300_000)
afterAll(() => {
  console.info(
    `Import fuzzing (real database): ${listsTried} lists (${outcomes.imported} imported, ${outcomes.refused} refused in the fuzzed runs)`,
  )
})

describe('importing fuzzed lists into the database', () => {
  it(
    'should import a list or refuse it with a clear error, writing nothing then',
    async () => {
      await fc.assert(
        fc.asyncProperty(fuzzedList, async ({ text, format }) => {
          listsTried += 1
          const before = await rowCounts(payload)
          const result = await importTripList(
            payload,
            { text, format, leader: 'kim-il-sung' },
            { user: actors.editor.user as User },
          ).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          )
          outcomes['error' in result ? 'refused' : 'imported'] += 1
          if ('error' in result) {
            expectClearError(result.error)
            expect(await rowCounts(payload)).toEqual(before)
          } else expectCreated(before, await rowCounts(payload), result.value.created)
        }),
        { numRuns: 25 },
      )
    },
    HANG_TIMEOUT_MS,
  )

  it(
    'should answer the endpoints with the preview, the drafts or a 4xx, never a 500, and write only on success',
    async () => {
      const body = fc.oneof(
        { weight: 4, arbitrary: fuzzedList.map((list) => ({ ...list, leader: 'kim-il-sung' })) },
        fc.record(
          {
            text: garble,
            format: fc.constantFrom('text', 'pdf', 1),
            leader: fc.constantFrom('kim-il-sung', 'nobody', '', SCRIPT),
            splitBefore: fc.constantFrom([1], [-1], 'x', [2 ** 53]),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 2 }),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<TActorName>('editor', 'editor', 'admin', 'reviewer', 'anonymous'),
          body,
          async (actor, request) => {
            listsTried += 1
            const before = await rowCounts(payload)
            const preview = await post('/import/preview', actor, request)
            expect([200, 400, 401, 403]).toContain(preview.status)
            expect(await rowCounts(payload)).toEqual(before)

            const { status, answer } = await post('/import/create', actor, request)
            outcomes[status === 200 ? 'imported' : 'refused'] += 1
            if (status === 200) return expectCreated(before, await rowCounts(payload), answer.created as TCreated)
            expect([400, 401, 403]).toContain(status)
            expect((answer.errors as { message: string }[] | undefined)?.[0]?.message).toBeTruthy()
            expect(await rowCounts(payload)).toEqual(before)
          },
        ),
        { numRuns: 25 },
      )
    },
    HANG_TIMEOUT_MS,
  )

  it(
    'should roll back trips already created when a late row fails in the database',
    async () => {
      const before = await rowCounts(payload)
      // Parsed and planned without complaint; only the collection's own rule (details at most 5000 characters) refuses it.
      const lateRow = `1-5 May 1990Flag of Poland.svg  Poland Warsaw Flag of Poland.svg First Secretary of the Polish United Workers' Party Edward Ochab ${'A very long account. '.repeat(300)}[1]`
      const list = [HEADER, ...ROWS, lateRow, '', ...REFERENCES].join('\n')
      let tripsCreated = 0
      const error = await importTripList(
        payload,
        { text: list, format: 'text', leader: 'kim-il-sung' },
        {
          user: actors.editor.user as User,
          onProgress: (progress) => {
            tripsCreated = progress.tripsCreated
          },
        },
      ).catch((thrown: unknown) => thrown)
      listsTried += 1
      expect(tripsCreated).toBeGreaterThanOrEqual(3)
      expect(error).toMatchObject({
        status: 400,
        data: { errors: [expect.objectContaining({ path: expect.stringMatching(/^stops\.\d+\.details\.0\.text$/) })] },
      })
      expect(await rowCounts(payload)).toEqual(before)

      const response = await post('/import/create', 'editor', { text: list, format: 'text', leader: 'kim-il-sung' })
      listsTried += 1
      expect(response).toMatchObject({
        status: 400,
        answer: { errors: [{ message: expect.stringContaining('Details 1 > Text') }] },
      })
      expect(await rowCounts(payload)).toEqual(before)
    },
    HANG_TIMEOUT_MS,
  )

  it(
    'should refuse a list over the size limit whichever way it comes, writing nothing',
    async () => {
      const before = await rowCounts(payload)
      const huge = `${[HEADER, ...ROWS].join('\n')}\n${'x'.repeat(MAX_LIST_BYTES)}`
      await expect(
        importTripList(
          payload,
          { text: huge, format: 'text', leader: 'kim-il-sung' },
          { user: actors.editor.user as User },
        ),
      ).rejects.toMatchObject({ status: 413, message: expect.stringContaining(`at most ${MAX_LIST_BYTES} bytes`) })
      const { status } = await post('/import/create', 'editor', { text: huge, format: 'text', leader: 'kim-il-sung' })
      listsTried += 2
      expect(status).toBe(400)
      expect(await rowCounts(payload)).toEqual(before)
    },
    HANG_TIMEOUT_MS,
  )
})
