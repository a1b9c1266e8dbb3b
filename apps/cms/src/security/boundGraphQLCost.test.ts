import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { graphQLRefusal, MAX_GRAPHQL_COST, measureGraphQL, SCAN_COST } from './boundGraphQLCost'

const measure = (query: string, variables?: Record<string, unknown>) => measureGraphQL(parse(query), variables)
const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables })

describe('GraphQL cost', () => {
  it('should count each field once, and what a list selects once per document it can return', () => {
    expect(measure('{ Trip(id: 1) { id title } }')).toEqual({ cost: 3, depth: 2 })
    // Payload's default page is 10 documents: Trips, then 10 × (docs and id).
    expect(measure('{ Trips { docs { id } } }')).toEqual({ cost: 1 + 10 * 2, depth: 3 })
    expect(measure('{ Trips(limit: 3) { docs { id title } totalDocs } }')).toEqual({ cost: 1 + 3 * 4, depth: 3 })
    expect(measure('query($n: Int) { Trips(limit: $n) { docs { id } } }', { n: 50 }).cost).toBe(1 + 50 * 2)
    expect(measure('query($n: Int = 0) { Trips(limit: $n) { docs { id } } }', { n: 4 }).cost).toBe(1 + 4 * 2)
    expect(measure('query($n: Int) { Trips(limit: $n) { docs { id } } }').cost).toBe(1 + 10 * 2)
  })

  it('should count every alias', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: Trips(limit: 5) { docs { id } }`).join(' ')} }`
    expect(measure(aliases(1)).cost).toBe(11)
    expect(measure(aliases(60)).cost).toBe(60 * 11)
  })

  it('should charge a list that matches text a scan of its collection, so two never fit in one request', () => {
    const list = (where: string) => `Trips(limit: 2, where: ${where}) { docs { id } }`
    expect(measure(`{ ${list('{ title: { equals: "x" } }')} }`).cost).toBe(1 + 2 * 2)
    expect(measure(`{ ${list('{ summary: { like: "a" } }')} }`).cost).toBe(1 + 2 * 2 + SCAN_COST)
    expect(
      measure(`{ ${list('{ or: [{ slug: { equals: "x" } }, { stops__details__text: { contains: "e" } }] }')} }`).cost,
    ).toBe(1 + 2 * 2 + SCAN_COST)
    expect(
      measure('query($w: Trip_where) { Trips(limit: 2, where: $w) { docs { id } } }', { w: { title: { like: 'a' } } })
        .cost,
    ).toBe(1 + 2 * 2 + SCAN_COST)
    expect(
      measure(`{ a: ${list('{ summary: { like: "a" } }')} b: ${list('{ title: { like: "e" } }')} }`).cost,
    ).toBeGreaterThan(MAX_GRAPHQL_COST)
  })

  it('should make a list that asks for everything cost more than the whole budget', () => {
    for (const query of [
      '{ Trips(limit: 0) { docs { id } } }',
      '{ Trips(pagination: false) { docs { id } } }',
      '{ Trips(limit: -1) { docs { id } } }',
      'query($n: Int = 0) { Trips(limit: $n) { docs { id } } }',
    ])
      expect({ query, over: measure(query).cost > MAX_GRAPHQL_COST }).toEqual({ query, over: true })
  })

  it('should expand fragments, measuring each once, and count nothing for a fragment that spreads itself', () => {
    expect(measure('{ Trips(limit: 2) { docs { ...T } } } fragment T on Trip { id title }').cost).toBe(1 + 2 * 3)
    expect(measure('{ Trips(limit: 2) { docs { ...on Trip { id } } } }').cost).toBe(1 + 2 * 2)
    expect(measure('{ Trip(id: 1) { ...A } } fragment A on Trip { id ...A }')).toEqual({ cost: 2, depth: 2 })
    // Fragments that double at each level: measured once each, not 2^30 times.
    const doubling = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Trip { ...F${i + 1} ...F${i + 1} }`)
    expect(measure(`{ Trip(id: 1) { ...F0 } } ${doubling.join(' ')} fragment F30 on Trip { id }`).cost).toBe(
      1 + 2 ** 30,
    )
  })

  it('should leave introspection uncounted', () => {
    expect(
      measure('{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }'),
    ).toEqual({
      cost: 0,
      depth: 0,
    })
  })
})

describe('GraphQL refusals', () => {
  it('should name the cost of sixty aliases of a whole collection', () => {
    const query = `{ ${Array.from({ length: 60 }, (_, i) => `t${i}: Trips(limit: 0) { docs { id title } }`).join(' ')} }`
    expect(graphQLRefusal(body(query))).toMatch(/^Query cost \d+ is above the maximum of 1000 /)
  })

  it('should name the depth of a deeply nested selection', () => {
    const nested = `{ Polity(id: 1) { ${'successors { '.repeat(11)}id${' }'.repeat(11)} } }`
    expect(graphQLRefusal(body(nested))).toBe('Query depth 13 is above the maximum of 10.')
  })

  it('should let through a page of trips, and bodies that are not GraphQL (Payload answers those)', () => {
    expect(graphQLRefusal(body('{ Trips(limit: 100) { docs { id title slug leader { name } } } }'))).toBeNull()
    for (const text of ['not json', '{}', body('{ not graphql')]) expect(graphQLRefusal(text)).toBeNull()
  })
})
