import { beforeAll, describe, expect, it } from 'vitest'
import { PLACES, POLITIES, SOURCES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData } from '../test/referenceData'
import { rest } from '../test/rest'
import { rowCounts } from '../test/rowCounts'
import { approvedSource } from '../test/workflow'

const system = await setupIntegration('bad-input', { referenceData: true })
const { POST: graphqlRoute } = await import('../app/(payload)/api/graphql/route')
let source: { id: number }
beforeAll(async () => {
  source = await approvedSource(system)
})

const graphqlPost = async (body: string) => {
  const response = await graphqlRoute(
    new Request(`${system.payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
    undefined as never,
  )
  return {
    status: response.status,
    json: (await response.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] },
  }
}

/** The first error message of an answer: what the caller is told. */
const messageOf = (json: Record<string, unknown> | null) =>
  (json?.errors as { message: string }[] | undefined)?.[0]?.message

describe('bad input over REST', () => {
  it('should answer 404 naming the id for an id no record can have, on reads and writes', async () => {
    const { anonymous, editor } = system.actors
    const answers = [
      [anonymous, 'GET', `/${TRIPS}/abc`, 'an id that is not a number'],
      [anonymous, 'GET', `/${TRIPS}/1.5`, 'the id 1.5'],
      [anonymous, 'GET', `/${TRIPS}/99999999999`, 'the id 99999999999'],
      [anonymous, 'GET', `/${TRIPS}/%00`, 'an id that is not a number'],
      [anonymous, 'GET', `/${SOURCES}/abc`, 'an id that is not a number'],
      [anonymous, 'GET', `/${PLACES}/abc`, 'an id that is not a number'],
      [editor, 'PATCH', `/${TRIPS}/abc?draft=true`, 'an id that is not a number'],
      [editor, 'POST', `/${TRIPS}/versions/99999999999?draft=true`, 'the id 99999999999'],
    ] as const
    const before = await rowCounts(system.payload)
    for (const [actor, method, path, named] of answers) {
      const answer = await rest(system.payload, method, path, {
        headers: actor.headers,
        body: method === 'GET' ? undefined : { title: 'x' },
      })
      expect({ path, status: answer.status, message: messageOf(answer.json) }).toEqual({
        path,
        status: 404,
        message: expect.stringContaining(named) as string,
      })
    }
    expect(await rowCounts(system.payload)).toEqual(before)
  })

  it('should answer 400 naming the parameter for a page, limit or where Payload cannot run', async () => {
    const { admin, anonymous, editor } = system.actors
    const answers = [
      [anonymous, `/${TRIPS}?page=-5`, 'page: -5 is not a page number'],
      [anonymous, `/${TRIPS}?limit=abc`, 'limit: "abc" is not a whole number'],
      [anonymous, `/${TRIPS}?where[id][in]=a,b`, 'where.id.in: "a" is not a record id'],
      [anonymous, `/${TRIPS}?where[id][equals]=99999999999`, 'where.id.equals: "99999999999" is not a record id'],
      [anonymous, `/${TRIPS}?where[title][near]=1,2`, 'where.title.near: "near" applies only to point fields'],
      [anonymous, `/${TRIPS}?where[title][within]=x`, 'where.title.within: "within" applies only to point fields'],
      [anonymous, `/${TRIPS}?where[leader][equals]=abc`, 'where.leader.equals: "abc" is not a record id'],
      [anonymous, `/${TRIPS}?where[citations.source][in]=x,y`, 'where.citations.source.in: "x" is not a record id'],
      [
        anonymous,
        `/${PLACES}?where[latitude][greater_than]=north`,
        'where.latitude.greater_than: "north" is not a number',
      ],
      [
        anonymous,
        `/${TRIPS}?where[stops.start.circa][equals]=-1`,
        'where.stops.start.circa.equals: "-1" is not true or false',
      ],
      [
        anonymous,
        `/${TRIPS}?where[stops.start.circa][in]=null`,
        'where.stops.start.circa.in: "null" is not true or false',
      ],
      [anonymous, `/${TRIPS}?where[id][in]=null`, 'where.id.in: "null" is not a record id'],
      [anonymous, `/${TRIPS}?where[kind][equals]=null`, 'where.kind.equals: "null" is not one of'],
      [anonymous, `/${TRIPS}?where[id][contains]=1`, 'where.id.contains: "contains" applies only to text fields'],
      [anonymous, `/${TRIPS}?where[leader][not_like]=1`, 'where.leader.not_like: "not_like" applies only to text'],
      [
        anonymous,
        `/${TRIPS}?where[stops.start.day][like]=1`,
        'where.stops.start.day.like: "like" applies only to text',
      ],
      [
        anonymous,
        `/${TRIPS}?where[stops.places][all]=1`,
        'where.stops.places.all: "all" is not supported by this database',
      ],
      [anonymous, `/${POLITIES}?where[modernIsoCodes][all]=DE`, 'where.modernIsoCodes.all: "all" is not supported'],
      [
        admin,
        `/${SOURCES}/versions?where[version.authors.id][equals]=null`,
        'where.version.authors.id.equals: "null" is not a record id',
      ],
      [
        anonymous,
        `/${TRIPS}?where[sourceHealth.severity][equals]=error`,
        'where.sourceHealth.severity.equals: is computed',
      ],
      [anonymous, `/${TRIPS}?where[sourceHealth][exists]=true`, 'where.sourceHealth.exists: is computed when read'],
      [editor, `/${TRIPS}?draft=true&where[editedBy][equals]=abc`, 'where.editedBy.equals: "abc" is not a record id'],
      [editor, `/${TRIPS}/versions?where[version.leader][equals]=abc`, 'where.version.leader.equals: "abc"'],
    ] as const
    for (const [actor, path, message] of answers) {
      const answer = await rest(system.payload, 'GET', path, { headers: actor.headers })
      expect({ path, status: answer.status, message: messageOf(answer.json) }).toEqual({
        path,
        status: 400,
        message: expect.stringContaining(message) as string,
      })
    }
  })

  it('should still run the valid forms of the same queries', async () => {
    const { anonymous } = system.actors
    for (const path of [
      `/${TRIPS}?page=1&limit=5`,
      `/${TRIPS}?where[id][in]=1,2`,
      `/${TRIPS}?where[leader][equals]=${system.ref.leader.id}`,
      `/${TRIPS}?where[leader][exists]=true`,
      `/${TRIPS}?where[stops.start.circa][equals]=TRUE`,
      `/${TRIPS}?where[stops.start.circa][in]=true,false`,
      `/${TRIPS}?where[leader][equals]=null`,
      `/${TRIPS}?where[leader][not_equals]=null`,
      `/${TRIPS}?where[stops.places][in]=1,2`,
      `/${TRIPS}?where[title][like]=moscow`,
      `/${PLACES}?where[latitude][greater_than]=10.5`,
      `/${SOURCES}/${source.id}`,
    ])
      expect({
        path,
        status: (await rest(system.payload, 'GET', path, { headers: anonymous.headers })).status,
      }).toEqual({
        path,
        status: 200,
      })
  })

  it('should refuse a write pointing at a record that does not exist, or a number that is not one, and write nothing', async () => {
    const { editor } = system.actors
    const writes = [
      [
        `/${TRIPS}?draft=true`,
        { ...citedTripData(system.ref, source), leader: 99999999999 },
        'leader',
        'is not a record id',
      ],
      [
        `/${TRIPS}?draft=true`,
        { ...citedTripData(system.ref, source), leader: 999999 },
        'leader',
        'no leaders record has the id 999999',
      ],
      [
        `/${TRIPS}?draft=true`,
        citedTripData(system.ref, { id: 99999999999 }),
        'citations.0.source',
        'is not a record id',
      ],
      [
        `/${TRIPS}?draft=true`,
        citedTripData(system.ref, { id: 999999 }),
        'citations.0.source',
        'no sources record has the id 999999',
      ],
      [
        `/${PLACES}?draft=true`,
        { name: 'Nowhere', slug: 'nowhere', polity: 99999999999 },
        'polity',
        'is not a record id',
      ],
      [
        `/${PLACES}?draft=true`,
        { name: 'Nowhere', slug: 'nowhere', latitude: 'abc' },
        'latitude',
        '"abc" is not a number',
      ],
    ] as const
    const before = await rowCounts(system.payload)
    for (const [path, body, field, reason] of writes) {
      const answer = await rest(system.payload, 'POST', path, { headers: editor.headers, body })
      expect({ field, status: answer.status, json: answer.json }).toMatchObject({
        field,
        status: 400,
        json: {
          errors: [
            {
              name: 'ValidationError',
              data: {
                errors: expect.arrayContaining([
                  { path: field, message: expect.stringContaining(reason) as string },
                ]) as unknown,
              },
            },
          ],
        },
      })
    }
    const existing = (await system.payload.find({ collection: TRIPS, draft: true, limit: 1, overrideAccess: true }))
      .docs
    expect(await rowCounts(system.payload)).toEqual(before)
    expect(existing).toEqual([])
  })
})

describe('bad input over GraphQL', () => {
  it('should answer a page that is not one with a 400 error naming it', async () => {
    const answer = await graphqlPost(JSON.stringify({ query: '{ Trips(page: -1) { docs { id } } }' }))
    expect(answer.json.errors?.[0]).toMatchObject({
      message: 'page: -1 is not a page number (pages count from 1)',
      extensions: { statusCode: 400 },
    })
  })

  it('should answer 400 to a body that is not JSON and to fragments that spread themselves', async () => {
    expect(await graphqlPost('{not json')).toEqual({
      status: 400,
      json: { errors: [{ message: expect.stringContaining('not JSON') as string }] },
    })
    const cyclic = 'fragment A on Trip { ...B } fragment B on Trip { ...A } { Trips { docs { ...A } } }'
    expect(await graphqlPost(JSON.stringify({ query: cyclic }))).toEqual({
      status: 400,
      json: { errors: [{ message: 'Cannot spread fragment "A" within itself via "B".' }] },
    })
    expect((await graphqlPost(JSON.stringify({ query: '{ Trips { docs { id } } }' }))).status).toBe(200)
  })
})
