import { appRouter, createCaller } from '@itinera/contracts'
import { sql } from '@payloadcms/db-postgres'
import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { LEADERS, POLITIES, SOURCES, TRIPS } from '../slugs'
import { seedDataset } from '../seed/seedDataset'
import { rawSql } from '../rawSql'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rowCounts } from '../test/rowCounts'
import { transitionRecord } from '../workflow/transitionRecord'
import { createContext } from './createContext'

type TProcedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } }
type TFuzzedActor = (typeof FUZZED_AS)[number]

// Walked from the router, so a new procedure is fuzzed without touching this file.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, TProcedure>)
const FUZZED_AS = ['anonymous', 'editor', 'reviewer', 'admin'] as const satisfies TActorName[]
// Random inputs per procedure, after the hand-picked edge cases; a procedure without input reads the same whatever it is sent.
const RUNS = { withInput: 25, withoutInput: 3 }
// Bounded by numRuns alone, each run a few database round trips; the timeout only stops a hang,
// and leaves room for a machine at a tenth of its speed.
const HANG_TIMEOUT_MS = 10 * 60_000

const { payload, actors } = await setupIntegration('procedures_fuzz')
let callers: Record<TFuzzedActor, ReturnType<typeof createCaller>>
const known = { slugs: [] as string[], ids: [] as number[], versions: [] as string[] }
// Sources waiting for review, each handed to one edge case so that every one reaches the workflow step.
const inReview: { id: number; version: string }[] = []
let callsMade = 0
const answers = new Map<string, number>()

/** What any write would change: row counts, and the last update of the records a save rewrites. */
async function databaseState() {
  const [lastUpdates] = await rawSql(
    payload,
    sql`SELECT (SELECT max(updated_at) FROM trips)::text AS trips_updated, (SELECT max(updated_at) FROM sources)::text AS sources_updated, (SELECT max(updated_at) FROM leaders)::text AS leaders_updated`,
  )
  return { ...(await rowCounts(payload)), ...lastUpdates }
}

const SCRIPTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE trips; --",
  '%_%',
  '\\',
  '{"$ne":null}',
]
const EDGE_STRINGS = [
  'a\u0000b',
  '\uD800',
  ' ',
  '',
  'x'.repeat(100_000),
  'é'.repeat(5_001),
  '🇰🇵'.repeat(300),
  ...SCRIPTS.slice(0, 3),
]
const EDGE_NUMBERS = [2 ** 31, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER, 1e308, 0, -1, 1.5]
const cursorFor = (page: unknown) => Buffer.from(JSON.stringify({ page })).toString('base64url')
const EDGE_CURSORS = [1e300, Number.MAX_SAFE_INTEGER, 2 ** 31, 0, 1.5, '2'].map(cursorFor)

const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 30,
})
const nastyString = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS, ...SCRIPTS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  codeUnitString,
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...SCRIPTS), fc.string({ maxLength: 8 }))
    .map((parts) => parts.join('')),
)
const nastyNumber = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS, 2 ** 32 + 1, 1e21, 1955, 1950),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)
const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString())
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(true, null, [], {}, { equals: 1 }, ['trips']),
  fc.jsonValue({ maxDepth: 2 }),
)

// Plain strings and string formats (an ISO datetime) alike.
const isString = (schema: z.ZodType) => schema._zod.def.type === 'string'
const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? unwrap(schema.unwrap() as z.ZodType) : schema

/** A field's random values: real slugs and ids often, so the fuzzing reaches the database and not only zod. */
function fieldValues(key: string, schema: z.ZodType): fc.Arbitrary<unknown> {
  const inner = unwrap(schema)
  const values = (() => {
    if (inner instanceof z.ZodEnum) return fc.oneof(fc.constantFrom(...(inner.options as string[])), nastyValue)
    if (key === 'cursor')
      return fc.oneof(fc.constantFrom(...EDGE_CURSORS), fc.integer({ min: 1, max: 5 }).map(cursorFor), nastyString)
    if (key === 'version') return fc.oneof(fc.constantFrom(...known.versions), isoDate, nastyString)
    if (inner instanceof z.ZodNumber)
      return fc.oneof(fc.constantFrom(...known.ids), fc.integer({ min: 1, max: 500 }), nastyNumber, nastyValue)
    if (isString(inner)) {
      return fc.oneof(
        fc.constantFrom(...known.slugs),
        fc.constantFrom('kim', 'Ulan Bat', 'Пхеньян', '北京', 'a & b | !c', "o'clock:*"),
        fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/),
        nastyString,
      )
    }
    return nastyValue
  })()
  return inner === schema ? values : fc.oneof(fc.constant(undefined), values)
}

const shapeOf = (parser: z.ZodType | undefined) => {
  const inner = parser && unwrap(parser)
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {}
}

function randomInputs(parser: z.ZodType | undefined): fc.Arbitrary<unknown> {
  const fields = fc.record(
    Object.fromEntries(Object.entries(shapeOf(parser)).map(([key, field]) => [key, fieldValues(key, field)])),
    { requiredKeys: [] },
  )
  return fc.oneof({ weight: 6, arbitrary: fields }, fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }), nastyValue)
}

let uniqueCounter = 0
/**
 * An input valid in every field, so that an edge case in one field is what decides the answer; for a
 * workflow step, on a record of its own waiting for review, unless the edge case is in the record's reference.
 */
function validInput(shape: [string, z.ZodType][], edgeKey: string): Record<string, unknown> {
  const ownRecord = shape.some(([key]) => key === 'collection') && edgeKey !== 'collection' && edgeKey !== 'id'
  const record = (ownRecord && inReview.shift()) || { id: known.ids[0], version: known.versions[0] }
  const valueOf = (key: string, schema: z.ZodType): unknown => {
    const inner = unwrap(schema)
    if (inner !== schema) return undefined
    if (key === 'collection') return 'sources'
    if (key === 'id') return record.id
    if (key === 'version') return record.version
    if (key === 'slug') return `fuzz-${(uniqueCounter += 1)}`
    if (inner instanceof z.ZodEnum) return inner.options[0]
    if (inner instanceof z.ZodNumber) return 1
    return key === 'q' ? 'kim' : 'Fuzzed on purpose'
  }
  return Object.fromEntries(shape.map(([key, schema]) => [key, valueOf(key, schema)]))
}

function edgeValues(key: string, schema: z.ZodType): unknown[] {
  const inner = unwrap(schema)
  if (key === 'cursor') return [...EDGE_CURSORS, '\u0000']
  if (key === 'version')
    return [
      '2026-13-45T25:61:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999+14:00',
      new Date().toISOString(),
      '',
      1,
    ]
  if (inner instanceof z.ZodEnum) return ['TRIPS', '', 1]
  if (inner instanceof z.ZodNumber) return [...EDGE_NUMBERS, '1']
  if (isString(inner)) return [...EDGE_STRINGS, 1]
  return [null, 'x']
}

/** For each field, each edge value in it with every other field valid, as an admin (whom no role gate stops). */
function edgeCases(parser: z.ZodType | undefined): [TFuzzedActor, unknown][] {
  const shape = Object.entries(shapeOf(parser))
  return shape.flatMap(([key, schema]) =>
    edgeValues(key, schema).map((edge): [TFuzzedActor, unknown] => [
      'admin',
      { ...validInput(shape, key), [key]: edge },
    ]),
  )
}

const callProcedure = (caller: ReturnType<typeof createCaller>, path: string, input: unknown) => {
  const call = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>
  return call(input)
}

beforeAll(async () => {
  await seedDataset(payload)
  callers = Object.fromEntries(
    await Promise.all(
      FUZZED_AS.map(async (name) => [name, createCaller(await createContext(payload, actors[name].headers))]),
    ),
  ) as typeof callers

  // Records for the workflow steps: drafts and versions waiting for review, of both kinds, by an editor.
  const editor = actors.editor.user
  const leader = (
    await payload.find({ collection: LEADERS, where: { slug: { equals: 'kim-il-sung' } }, overrideAccess: true })
  ).docs[0]!
  const drafts: number[] = []
  for (const at of [1, 2]) {
    const trip = await payload.create({
      collection: TRIPS,
      data: {
        title: `Fuzz trip ${at}`,
        slug: `fuzz-trip-${at}`,
        leader: leader.id,
        certainty: 'confirmed',
        stops: [{ start: { year: 1999 } }],
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    if (at === 1) await transitionRecord(payload, { collection: TRIPS, id: trip.id, action: 'submit', user: editor })
    drafts.push(trip.id)
  }
  for (let at = 0; at < 60; at += 1) {
    const source = await payload.create({
      collection: SOURCES,
      data: { kind: 'book', sourceClass: 'scholarship', title: `Fuzz source ${at}` },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    if (at >= 4) {
      await transitionRecord(payload, { collection: SOURCES, id: source.id, action: 'submit', user: editor })
      const { updatedAt } = await payload.findByID({
        collection: SOURCES,
        id: source.id,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
      inReview.push({ id: source.id, version: updatedAt })
    } else drafts.push(source.id)
  }

  const slugsOf = async (collection: typeof LEADERS | typeof POLITIES | typeof TRIPS) =>
    (
      await payload.find({ collection, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true })
    ).docs.map((doc) => doc.slug)
  known.slugs = [
    ...(await slugsOf(LEADERS)),
    ...(await slugsOf(POLITIES)).slice(0, 20),
    ...(await slugsOf(TRIPS)).slice(0, 20),
    'no-such-slug',
  ]
  const approvedSources = (
    await payload.find({
      collection: SOURCES,
      where: { _status: { equals: 'published' } },
      sort: 'id',
      limit: 20,
      depth: 0,
      select: { title: true },
      overrideAccess: true,
    })
  ).docs.map((doc) => doc.id)
  known.ids = [...approvedSources, ...drafts, ...inReview.slice(-6).map((record) => record.id), 2 ** 31 - 1]
  known.versions = inReview.slice(-6).map((record) => record.version)
}, 300_000)
afterAll(() => {
  const tally = [...answers].map(([answer, count]) => `${count} ${answer}`).join(', ')
  console.info(
    `tRPC procedure fuzzing (real database): ${callsMade} calls over ${procedures.length} procedures as ${FUZZED_AS.join(', ')} (${tally})`,
  )
})

describe('every tRPC procedure with fuzzed input, on a real database', () => {
  it('should find the procedures to fuzz', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(15)
  })

  it.each(procedures)(
    '%s: answers with data or a 4xx, and writes nothing unless it succeeds as a mutation',
    async (path, procedure) => {
      const [parser] = procedure._def.inputs as z.ZodType[]
      const examples = edgeCases(parser)
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...FUZZED_AS), randomInputs(parser), async (name, input) => {
          callsMade += 1
          const before = await databaseState()
          const error = await callProcedure(callers[name], path, input).then(
            () => null,
            (thrown: unknown) => thrown,
          )
          const answer = error instanceof TRPCError ? error.code : error ? 'other error' : 'data'
          answers.set(answer, (answers.get(answer) ?? 0) + 1)
          if (error) {
            expect(error).toBeInstanceOf(TRPCError)
            const { code, message } = error as TRPCError
            const status = getHTTPStatusCodeFromError(error as TRPCError)
            expect(status >= 400 && status < 500, `${status} ${code}: ${message}`).toBe(true)
          }
          if (error || procedure._def.type === 'query') expect(await databaseState()).toEqual(before)
        }),
        { numRuns: examples.length + (parser ? RUNS.withInput : RUNS.withoutInput), examples },
      )
    },
    HANG_TIMEOUT_MS,
  )
})
