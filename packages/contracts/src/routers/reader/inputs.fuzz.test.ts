import { TRPCError } from '@trpc/server'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { z, ZodError } from 'zod'
import { appRouter, createCaller } from '../../root'
import type { TContext } from '../../trpc'

// Every procedure of the app router, walked from the router itself so a new one is fuzzed too.
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>,
)

let inputsTried = 0
// Bounded by numRuns alone; the timeout only stops a hang, and leaves room for a machine at a
// tenth of its speed (vitest's default 5 s is not enough for 1,000 inputs on a busy one).
const HANG_TIMEOUT_MS = 10 * 60_000

const isJson = (value: unknown): boolean => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJson)
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(isJson)
  return false
}

const SCRIPTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE trips; --",
  '{{constructor.constructor("alert(1)")()}}',
  '%00',
  '../../etc/passwd',
]

// UTF-16 code units one by one: lone surrogates, NUL, bidi overrides and the like.
const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
})

const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Ekim-il-sung',
    'kim-il-sung\n',
    'KIM-IL-SUNG',
    '--',
    'a'.repeat(81),
    'x'.repeat(1_000_000),
    'é'.repeat(100_000),
    '🇰🇵'.repeat(1_000),
    ...SCRIPTS,
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  codeUnitString,
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SCRIPTS), fc.string({ maxLength: 10 }))
    .map((parts) => parts.join('')),
)

const nastyNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    1e308,
    -1e308,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    Number.MIN_VALUE,
    1955,
    10_000,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(true, false, null, [], {}, [1, 2], { equals: 1 }, { $ne: null }, { in: [1, 2] }, ['trips'], {
    '': '',
  }),
  fc.jsonValue({ maxDepth: 2 }),
)

const isoDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc
    .tuple(
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      fc.constantFrom('+14:00', '-12:00', '+00:00', '+25:00', ''),
    )
    .map(([date, offset]) => date.toISOString().replace('Z', offset)),
)

/** Values of roughly the right shape, so fuzzing reaches the checks behind the type checks. */
function plausible(schema: z.ZodType): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return fc.oneof(fc.constant(undefined), plausible(schema.unwrap() as z.ZodType))
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>
    return fc.record(
      Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, fc.oneof(plausible(field), nastyValue)])),
      { requiredKeys: [] },
    )
  }
  if (schema instanceof z.ZodEnum)
    return fc.oneof(fc.constantFrom(...(schema.options as (string | number)[])), nastyString)
  // Plain strings and string formats (an ISO datetime) alike.
  if (schema._zod.def.type === 'string')
    return fc.oneof(
      fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
      isoDate,
      fc.string({ maxLength: 300 }),
      nastyString,
    )
  if (schema instanceof z.ZodNumber) return fc.oneof(fc.integer({ min: -10, max: 3000 }), nastyNumber)
  return nastyValue
}

/** Objects with the schema's own keys, each holding a value of any type. */
function wrongTypes(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : ['id', 'slug', 'q']
  return fc.record(Object.fromEntries(keys.map((key) => [key, nastyValue])), { requiredKeys: [] })
}

const anythingJson = fc
  .anything({
    withBigInt: false,
    withDate: false,
    withMap: false,
    withSet: false,
    withTypedArray: false,
    withSparseArray: false,
    withNullPrototype: false,
    withObjectString: false,
    withBoxedValues: false,
  })
  .filter(isJson)

const inputsFor = (parser: z.ZodType | undefined) =>
  fc.oneof(
    fc.constant(undefined),
    fc.jsonValue(),
    anythingJson,
    nastyValue,
    wrongTypes(parser ?? z.object({})),
    ...(parser ? [plausible(parser)] : []),
  )

const INT4 = { min: -(2 ** 31), max: 2 ** 31 - 1 }

/** Every number an input may carry is an id, a page, a limit or a year, which PostgreSQL stores or compares as an integer. */
function expectIntegersPostgresHolds(value: unknown) {
  if (typeof value === 'number') {
    expect(
      Number.isInteger(value) && value >= INT4.min && value <= INT4.max,
      `${value} fits PostgreSQL's integer`,
    ).toBe(true)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) expectIntegersPostgresHolds(item)
  }
}

/** A parse either succeeds or names what is wrong: a ZodError whose every issue has a path and a message. */
function expectParsedOrZodError(parser: z.ZodType, input: unknown) {
  let outcome: { parsed: unknown } | { thrown: unknown }
  try {
    outcome = { parsed: parser.parse(input) }
  } catch (error) {
    outcome = { thrown: error }
  }
  if ('parsed' in outcome) return expectIntegersPostgresHolds(outcome.parsed)
  expect(outcome.thrown).toBeInstanceOf(ZodError)
  const { issues } = outcome.thrown as ZodError
  expect(issues.length).toBeGreaterThan(0)
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true)
    expect(issue.path.every((key) => typeof key === 'string' || typeof key === 'number')).toBe(true)
    expect(typeof issue.message).toBe('string')
    expect(issue.message.length).toBeGreaterThan(0)
  }
}

// Past the input parser, every procedure reaches the host; here the host refuses everything.
const HOST_REACHED = new Error('host reached')
const unreachableHost = new Proxy({}, { get: () => () => Promise.reject(HOST_REACHED) })
const caller = createCaller({
  payload: unreachableHost as Payload,
  user: { id: 1, email: 'admin@example.org', roles: ['admin'], collection: 'users' },
  workflow: unreachableHost as TContext['workflow'],
  search: unreachableHost as TContext['search'],
  visitCounts: unreachableHost as TContext['visitCounts'],
  shownTrips: unreachableHost as TContext['shownTrips'],
  citationChecks: unreachableHost as TContext['citationChecks'],
  tripRecords: unreachableHost as TContext['tripRecords'],
})
const callProcedure = (path: string, input: unknown) => {
  const call = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>
  return call(input)
}

afterAll(() => {
  console.info(`tRPC input fuzzing: ${inputsTried} inputs over ${procedures.length} procedures`)
})

describe('every tRPC procedure’s input', { timeout: HANG_TIMEOUT_MS }, () => {
  it('should find the procedures to fuzz, each with at most one zod input parser', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(15)
    for (const [, procedure] of procedures) {
      expect(procedure._def.inputs.length).toBeLessThanOrEqual(1)
      for (const parser of procedure._def.inputs) expect(parser).toBeInstanceOf(z.ZodType)
    }
  })

  it.each(procedures)('%s: parses or throws a ZodError with a path and message per issue', (_, procedure) => {
    const [parser] = procedure._def.inputs as z.ZodType[]
    if (!parser) return
    fc.assert(
      fc.property(inputsFor(parser), (input) => {
        inputsTried += 1
        expectParsedOrZodError(parser, input)
      }),
      { numRuns: 1000 },
    )
  })

  it.each(procedures)(
    '%s: a bad input is a BAD_REQUEST caused by a ZodError, before the host is called',
    async (path, procedure) => {
      const [parser] = procedure._def.inputs as z.ZodType[]
      await fc.assert(
        fc.asyncProperty(inputsFor(parser), async (input) => {
          inputsTried += 1
          const valid = parser ? parser.safeParse(input).success : true
          const error = await callProcedure(path, input).then(
            () => null,
            (thrown: unknown) => thrown,
          )
          expect(error).toBeInstanceOf(TRPCError)
          const { code, cause, message } = error as TRPCError
          // Past the parser the host is reached, unless the procedure refuses the input itself (a cursor it never gave out).
          if (valid)
            expect(
              cause === HOST_REACHED || (code === 'BAD_REQUEST' && !(cause instanceof ZodError)),
              `${code}: ${message}`,
            ).toBe(true)
          else expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: expect.any(ZodError) })
        }),
        { numRuns: 200, examples: [[undefined], [{}], [{ cursor: 'not-a-cursor' }]] },
      )
    },
  )
})
