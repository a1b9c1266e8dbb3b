import fc from 'fast-check'
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { rowCounts } from '../test/rowCounts'

// Bounded by numRuns alone; the timeout only stops a hang, with room for a slow machine.
const RUNS = 100
const HANG_TIMEOUT_MS = 10 * 60_000

const system = await setupIntegration('rest_graphql_fuzz', { referenceData: true })
const { POST: graphqlRoute } = await import('../app/(payload)/api/graphql/route')

// Generated from the config: every collection, and every field path a query or a body can name.
const collections = system.payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))

function fieldPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    return 'flattenedFields' in field ? [path, ...fieldPaths(field.flattenedFields, `${path}.`)] : [path]
  })
}

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'contains',
  'near',
  'within',
  'intersects',
]
const ACTORS = ['anonymous', 'editor', 'admin'] as const satisfies TActorName[]

/** Values a caller can type: ids past the largest, negative and fractional numbers, text, NUL, lists. */
const hostileText = fc.oneof(
  fc.constantFrom(
    'abc',
    '-5',
    '1.5',
    '99999999999',
    '0',
    '1',
    '%00',
    '',
    'null',
    'true',
    'a,b',
    '1,2',
    '2026-13-45',
    '\u0000',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
)

const anyCollection = fc.constantFrom(...collections)
const queryString = anyCollection.chain((collection) =>
  fc.record({
    collection: fc.constant(collection.slug),
    id: fc.option(hostileText, { nil: undefined }),
    versions: fc.boolean(),
    field: fc.constantFrom('id', ...fieldPaths(collection.flattenedFields)),
    operator: fc.constantFrom(...OPERATORS),
    value: hostileText,
    page: fc.option(hostileText, { nil: undefined }),
    limit: fc.option(fc.oneof(hostileText, fc.constant('5')), { nil: undefined }),
    sort: fc.option(fc.constantFrom('id', '-title', 'nope', ...fieldPaths(collection.flattenedFields)), {
      nil: undefined,
    }),
    draft: fc.boolean(),
  }),
)

const encode = encodeURIComponent

async function graphqlStatus(body: string) {
  const response = await graphqlRoute(
    new Request(`${system.payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
    undefined as never,
  )
  const json = (await response.json()) as { errors?: { extensions?: { statusCode?: number } }[] }
  return Math.max(response.status, ...(json.errors ?? []).map((error) => error.extensions?.statusCode ?? 0))
}

describe('fuzzing REST and GraphQL from the collections config', () => {
  it(
    'should answer every REST query string below 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(queryString, fc.constantFrom(...ACTORS), async (query, actor) => {
          const path = [
            `/${query.collection}`,
            query.versions ? '/versions' : '',
            query.id === undefined ? '' : `/${encode(query.id)}`,
            `?where[${query.field}][${query.operator}]=${encode(query.value)}`,
            query.page === undefined ? '' : `&page=${encode(query.page)}`,
            query.limit === undefined ? '' : `&limit=${encode(query.limit)}`,
            query.sort === undefined ? '' : `&sort=${encode(query.sort)}`,
            query.draft ? '&draft=true' : '',
          ].join('')
          const answer = await rest(system.payload, 'GET', path, { headers: system.actors[actor].headers })
          expect(answer.status, `${actor} GET ${path}: ${JSON.stringify(answer.json)}`).toBeLessThan(500)
        }),
        { numRuns: RUNS * 4 },
      )
    },
    HANG_TIMEOUT_MS,
  )

  it(
    'should answer every REST body below 500, and write nothing when it answers 4xx',
    async () => {
      const body = anyCollection.chain((collection) =>
        fc.record({
          collection: fc.constant(collection.slug),
          data: fc.dictionary(
            fc.constantFrom(...fieldPaths(collection.flattenedFields).filter((path) => !path.includes('.'))),
            fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText, fc.constant(99999999999)),
            { maxKeys: 4 },
          ),
          id: fc.option(fc.constantFrom('1', 'abc', '99999999999', '-1'), { nil: undefined }),
        }),
      )
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom(...ACTORS), async ({ collection, data, id }, actor) => {
          const before = await rowCounts(system.payload)
          const method = id === undefined ? 'POST' : 'PATCH'
          const path = `/${collection}${id === undefined ? '' : `/${id}`}?draft=true`
          const answer = await rest(system.payload, method, path, { headers: system.actors[actor].headers, body: data })
          const report = `${actor} ${method} ${path} ${JSON.stringify(data)}: ${answer.status} ${JSON.stringify(answer.json)}`
          expect(answer.status, report).toBeLessThan(500)
          if (answer.status >= 400) expect(await rowCounts(system.payload), report).toEqual(before)
        }),
        { numRuns: RUNS * 2 },
      )
    },
    HANG_TIMEOUT_MS,
  )

  it(
    'should answer every GraphQL document below 500',
    async () => {
      const lists = collections.map((collection) => collection.graphQL && collection.graphQL.pluralName).filter(Boolean)
      const document = fc.oneof(
        fc
          .record({
            list: fc.constantFrom(...(lists.length ? lists : ['Trips'])),
            page: fc.integer({ min: -5, max: 3 }),
            limit: fc.integer({ min: -5, max: 3 }),
            id: fc.oneof(fc.integer({ min: -5, max: 3 }), fc.constant(2_147_483_647)),
          })
          .map(({ list, page, limit, id }) =>
            JSON.stringify({
              query: `{ ${list}(page: ${page}, limit: ${limit}, where: { id: { equals: ${id} } }) { docs { id } } }`,
            }),
          ),
        fc.string({ maxLength: 40 }).map((query) => JSON.stringify({ query })),
        fc
          .constantFrom(
            'fragment A on Trip { ...A } { Trips { docs { ...A } } }',
            '{ Trips(where: { title: { near: "1,2" } }) { docs { id } } }',
            `{ Trip(id: 99999999999) { id } }`,
          )
          .map((query) => JSON.stringify({ query })),
        fc.string({ maxLength: 40 }),
      )
      await fc.assert(
        fc.asyncProperty(document, async (body) => {
          expect(await graphqlStatus(body), body).toBeLessThan(500)
        }),
        { numRuns: RUNS * 2 },
      )
    },
    HANG_TIMEOUT_MS,
  )

  it('should answer 404 to the versions of a collection that keeps none', async () => {
    const versionless = collections.filter((candidate) => !candidate.versions).map(({ slug }) => slug)
    expect(versionless).toContain('users')
    for (const slug of versionless)
      for (const [method, path] of [
        ['GET', `/${slug}/versions`],
        ['GET', `/${slug}/versions/1`],
        ['POST', `/${slug}/versions/1`],
      ] as const)
        expect({
          path,
          status: (await rest(system.payload, method, path, { headers: system.actors.admin.headers })).status,
        }).toEqual({ path, status: 404 })
  })
})
