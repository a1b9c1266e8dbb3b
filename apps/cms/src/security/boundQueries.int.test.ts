import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'
import { SOURCES, TRIPS } from '../slugs'
import { graphql } from '../test/graphql'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { boundGraphQLCost } from './boundGraphQLCost'
import type { PayloadRequest } from 'payload'
import {
  boundPublicQuery,
  MAX_PUBLIC_DEPTH,
  MAX_PUBLIC_LIMIT,
  MAX_PUBLIC_LIMITS,
  MAX_PUBLIC_OFFSET,
} from './boundQueries'

const system = await setupIntegration('bound-queries', { referenceData: true })
const { anonymous, editor, reviewer, admin } = system.actors

describe('list sizes through REST', () => {
  it('should refuse anonymous callers a whole collection or an oversized page, naming the parameter', async () => {
    const refused = [
      [`/${TRIPS}?limit=0`, 'limit=0 is for staff only: ask for at most 5.'],
      [`/${TRIPS}?pagination=false`, 'pagination=false is for staff only: read the list a page at a time.'],
      [`/${TRIPS}?pagination=false&limit=5`, 'pagination=false is for staff only: read the list a page at a time.'],
      [`/${TRIPS}?limit=100000`, 'limit 100000 is above the maximum of 5 for trips.'],
      [`/${TRIPS}?limit=6`, 'limit 6 is above the maximum of 5 for trips.'],
      [`/${SOURCES}?limit=${MAX_PUBLIC_LIMIT + 1}`, 'limit 101 is above the maximum of 100 for sources.'],
    ] as const
    for (const [path, message] of refused) {
      const answer = await rest(system.payload, 'GET', path, { headers: anonymous.headers })
      expect({ path, status: answer.status, body: answer.json }).toEqual({
        path,
        status: 400,
        body: { errors: [{ message }] },
      })
    }
  })

  it('should leave a caller the access rules refuse to them: 403 whatever the list parameters', async () => {
    for (const path of [
      `/${TRIPS}/versions?limit=0`,
      `/${TRIPS}/versions?limit=10`,
      `/users?limit=1000&sort=email`,
      '/review-events?pagination=false',
    ]) {
      const answer = await rest(system.payload, 'GET', path, { headers: anonymous.headers })
      expect({ path, status: answer.status }).toEqual({ path, status: 403 })
    }
  })

  it('should answer anonymous callers a page up to the maximum', async () => {
    for (const path of [
      `/${TRIPS}`,
      `/${TRIPS}?limit=${MAX_PUBLIC_LIMITS.trips}`,
      `/${SOURCES}?limit=${MAX_PUBLIC_LIMIT}`,
      `/${SOURCES}?limit=1&page=2`,
      `/${SOURCES}?limit=10&page=${MAX_PUBLIC_OFFSET / 10}`,
    ]) {
      expect({
        path,
        status: (await rest(system.payload, 'GET', path, { headers: anonymous.headers })).status,
      }).toEqual({ path, status: 200 })
    }
  })

  it("should populate an anonymous page's relationships (Payload reads them by id, unpaginated)", async () => {
    for (const path of ['/places?depth=1&limit=10', `/places/${system.ref.place.id}?depth=2`]) {
      const answer = await rest(system.payload, 'GET', path, { headers: anonymous.headers })
      const place = (answer.json?.docs as Record<string, unknown>[] | undefined)?.[0] ?? answer.json
      expect({ path, status: answer.status, polity: (place?.polity as { slug?: string } | undefined)?.slug }).toEqual({
        path,
        status: 200,
        polity: system.ref.polity.slug,
      })
    }
  })

  it('should let staff read whole collections', async () => {
    for (const actor of [editor, reviewer, admin])
      for (const path of [`/${TRIPS}?limit=0&draft=true`, `/${TRIPS}?pagination=false`, `/${SOURCES}?limit=1000`]) {
        const answer = await rest(system.payload, 'GET', path, { headers: actor.headers })
        expect({ path, status: answer.status }).toEqual({ path, status: 200 })
      }
  })
})

describe('anonymous queries the database answers from an index or one scan', () => {
  it('should refuse deep pages, unindexed sorts, text matching inside arrays and filters across collections, naming each', async () => {
    const refused = [
      [
        `/${TRIPS}?page=${MAX_PUBLIC_OFFSET / MAX_PUBLIC_LIMITS.trips! + 1}`,
        `page ${MAX_PUBLIC_OFFSET / MAX_PUBLIC_LIMITS.trips! + 1}: lists end after ${MAX_PUBLIC_OFFSET} trips; narrow the query with where, or use the open data (/data/trips.json).`,
      ],
      [
        `/${SOURCES}?limit=100&page=11`,
        `page 11: lists end after ${MAX_PUBLIC_OFFSET} sources; narrow the query with where, or use the open data (/data/trips.json).`,
      ],
      [
        `/${TRIPS}?sort=-summary`,
        'sort: "summary" has no index; trips sort by id, createdAt, updatedAt, slug, leader, startsOn, reviewState, approvedAt, _status (or sign in as staff).',
      ],
      [
        `/${TRIPS}?where[stops.details.text][like]=e`,
        "where[stops.details.text][like]: like applies to trips's own fields only (search the reader for text in its facts).",
      ],
      [
        `/${TRIPS}?where[citations.source.title][like]=a`,
        "where[citations.source.title]: filters on another collection's fields are for staff only; filter by its id (where[citations][equals]=…).",
      ],
      [
        `/${TRIPS}?where[or][0][leader.slug][equals]=kim-il-sung`,
        "where[leader.slug]: filters on another collection's fields are for staff only; filter by its id (where[leader][equals]=…).",
      ],
    ] as const
    for (const [path, message] of refused) {
      const answer = await rest(system.payload, 'GET', path, { headers: anonymous.headers })
      expect({ path, status: answer.status, body: answer.json }).toEqual({
        path,
        status: 400,
        body: { errors: [{ message }] },
      })
    }
  })

  it('should answer indexed sorts, own-field text matching and filters by id', async () => {
    for (const path of [
      `/${TRIPS}?sort=-approvedAt`,
      `/${TRIPS}?sort=startsOn,-id`,
      `/${TRIPS}?where[title][like]=Soviet`,
      `/${TRIPS}?where[stops.polity][equals]=${system.ref.polity.id}`,
      `/${TRIPS}?where[leader.id][equals]=1`,
    ]) {
      const answer = await rest(system.payload, 'GET', path, { headers: anonymous.headers })
      expect({ path, status: answer.status }).toEqual({ path, status: 200 })
    }
  })

  it('should read an anonymous page at most MAX_PUBLIC_DEPTH deep and at most the largest page when none is named', async () => {
    // A document read, as REST and GraphQL pass it (`draft` set or not).
    const bound = (args: Record<string, unknown>, user: unknown = null) =>
      boundPublicQuery({
        args: { draft: undefined, ...args },
        collection: system.payload.collections.trips.config,
        context: {},
        operation: 'read',
        req: { payloadAPI: 'REST', user, payload: system.payload } as unknown as PayloadRequest,
      } as Parameters<typeof boundPublicQuery>[0]) as Promise<Record<string, unknown>>
    expect(await bound({ depth: 10 })).toMatchObject({ depth: MAX_PUBLIC_DEPTH, limit: MAX_PUBLIC_LIMITS.trips })
    expect(await bound({})).toMatchObject({ depth: MAX_PUBLIC_DEPTH })
    expect(await bound({ depth: 0, limit: 2 })).toMatchObject({ depth: 0, limit: 2 })
    expect(await bound({ depth: 10 }, editor.user)).toEqual({ draft: undefined, depth: 10 })
  })

  it('should let staff sort and filter as they need', async () => {
    const answer = await rest(system.payload, 'GET', `/${TRIPS}?sort=-summary&where[leader.slug][equals]=x&limit=50`, {
      headers: editor.headers,
    })
    expect(answer.status).toBe(200)
  })
})

describe('list sizes through GraphQL', () => {
  it('should refuse anonymous callers limit 0, pagination false and an oversized limit, naming the parameter', async () => {
    const cases = [
      ['{ Trips(limit: 0) { docs { id } } }', 'limit=0 is for staff only: ask for at most 5.'],
      [
        '{ Trips(pagination: false) { docs { id } } }',
        'pagination=false is for staff only: read the list a page at a time.',
      ],
      ['{ Sources(limit: 5000) { docs { id } } }', 'limit 5000 is above the maximum of 100 for sources.'],
      [
        '{ Trips(sort: "summary") { docs { id } } }',
        'sort: "summary" has no index; trips sort by id, createdAt, updatedAt, slug, leader, startsOn, reviewState, approvedAt, _status (or sign in as staff).',
      ],
      [
        '{ Trips(where: { stops__details__text: { like: "e" } }) { docs { id } } }',
        "where[stops.details.text][like]: like applies to trips's own fields only (search the reader for text in its facts).",
      ],
    ] as const
    for (const [query, message] of cases) {
      const answer = await graphql(system.payload, query, { headers: anonymous.headers })
      expect({ query, errors: answer.errors?.map((error) => error.message) }).toEqual({ query, errors: [message] })
    }
  })

  it('should leave versions to their access rule: forbidden to anonymous callers whatever the limit', async () => {
    for (const query of [
      '{ versionsTrips(limit: 0) { docs { id } } }',
      '{ versionsTrips(limit: 10) { docs { id } } }',
    ]) {
      const answer = await graphql(system.payload, query, { headers: anonymous.headers })
      expect({ query, errors: answer.errors?.map((error) => error.message) }).toEqual({
        query,
        errors: ['You are not allowed to perform this action.'],
      })
    }
  })

  it('should let staff ask GraphQL for a whole collection', async () => {
    const answer = await graphql(system.payload, '{ Trips(limit: 0, draft: true) { docs { id } } }', {
      headers: editor.headers,
    })
    expect(answer.errors).toBeUndefined()
  })
})

describe('GraphQL cost and depth, before anything runs', () => {
  // Payload's real GraphQL handler behind the bound, as the route serves it.
  const post = async (query: string) => {
    const response = await boundGraphQLCost(GRAPHQL_POST(system.payload.config))(
      new Request(`${system.payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: new Headers([...anonymous.headers, ['content-type', 'application/json']]),
        body: JSON.stringify({ query }),
      }),
      undefined,
    )
    return { status: response.status, json: (await response.json()) as { errors?: { message: string }[] } }
  }

  it('should refuse sixty aliases of a whole collection with a 400 naming the cost', async () => {
    const query = `{ ${Array.from({ length: 60 }, (_, i) => `t${i}: Trips(limit: 0) { docs { id title } }`).join(' ')} }`
    const answer = await post(query)
    expect(answer.status).toBe(400)
    expect(answer.json.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Query cost \d+ is above the maximum of 1000 /),
    ])
  })

  it('should refuse a selection nested deeper than the maximum with a 400 naming the depth', async () => {
    const answer = await post(`{ Polities { docs { ${'successors { '.repeat(10)}id${' }'.repeat(10)} } } }`)
    expect(answer).toEqual({
      status: 400,
      json: { errors: [{ message: 'Query depth 13 is above the maximum of 10.' }] },
    })
  })

  it('should answer a page of trips', async () => {
    const answer = await post('{ Trips(limit: 5) { docs { id title leader { name } } totalDocs } }')
    expect(answer).toEqual({ status: 200, json: { data: { Trips: { docs: [], totalDocs: 0 } } } })
  })
})
