import { describe, expect, it } from 'vitest'
import { SOURCES, TRIPS } from '../slugs'
import { graphql } from '../test/graphql'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { MAX_PUBLIC_LIMIT } from './boundQueries'

const system = await setupIntegration('bound-queries')
const { anonymous, editor, reviewer, admin } = system.actors

describe('list sizes through REST', () => {
  it('should refuse anonymous callers a whole collection or an oversized page, naming the parameter', async () => {
    const refused = [
      [`/${TRIPS}?limit=0`, 'limit=0 is for staff only: ask for at most 100.'],
      [`/${TRIPS}?pagination=false`, 'pagination=false is for staff only: read the list a page at a time.'],
      [`/${TRIPS}?pagination=false&limit=5`, 'pagination=false is for staff only: read the list a page at a time.'],
      [`/${TRIPS}?limit=100000`, 'limit 100000 is above the maximum of 100.'],
      [`/${SOURCES}?limit=${MAX_PUBLIC_LIMIT + 1}`, 'limit 101 is above the maximum of 100.'],
      [`/${TRIPS}/versions?limit=0`, 'limit=0 is for staff only: ask for at most 100.'],
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

  it('should answer anonymous callers a page up to the maximum', async () => {
    for (const path of [`/${TRIPS}`, `/${TRIPS}?limit=${MAX_PUBLIC_LIMIT}`, `/${SOURCES}?limit=1&page=2`]) {
      expect({
        path,
        status: (await rest(system.payload, 'GET', path, { headers: anonymous.headers })).status,
      }).toEqual({ path, status: 200 })
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

describe('list sizes through GraphQL', () => {
  it('should refuse anonymous callers limit 0, pagination false and an oversized limit, naming the parameter', async () => {
    const cases = [
      ['{ Trips(limit: 0) { docs { id } } }', 'limit=0 is for staff only: ask for at most 100.'],
      [
        '{ Trips(pagination: false) { docs { id } } }',
        'pagination=false is for staff only: read the list a page at a time.',
      ],
      ['{ Sources(limit: 5000) { docs { id } } }', 'limit 5000 is above the maximum of 100.'],
    ] as const
    for (const [query, message] of cases) {
      const answer = await graphql(system.payload, query, { headers: anonymous.headers })
      expect({ query, errors: answer.errors?.map((error) => error.message) }).toEqual({ query, errors: [message] })
    }
  })

  it('should let staff ask GraphQL for a whole collection', async () => {
    const answer = await graphql(system.payload, '{ Trips(limit: 0, draft: true) { docs { id } } }', {
      headers: editor.headers,
    })
    expect(answer.errors).toBeUndefined()
  })
})
