import { createCaller, RECORD_TRIPS_PAGE_SIZE } from '@itinera/contracts'
import type { TVisitCounts } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { seedDataset } from '../seed/seedDataset'
import { setupIntegration } from '../test/integration'
import { draftSource } from '../test/workflow'
import { createContext } from '../trpc/createContext'
import { countVisits } from './countVisits'

const system = await setupIntegration('bounded-reader-reads')
const { payload } = system
const BULK = 150
const reader = async () => (await createCaller(await createContext(payload, new Headers()))).reader
let leaderId: number
let chinaId: number
let chinaTrips: number
// The bulk leader's own seeded journeys, counted before the bulk is added to them.
let seeded: TVisitCounts
let seededSlugs: string[]
const seededTrips = () => seeded.trips[0]?.trips ?? 0
const seededIn = (polity: number) => seeded.visits.find((row) => row.polity === polity)?.visits ?? 0

beforeAll(async () => {
  await seedDataset(payload)
  const id = async (collection: 'leaders' | 'polities', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]!.id
  leaderId = await id('leaders', 'kim-jong-il')
  seeded = await countVisits(payload, leaderId)
  seededSlugs = (
    await payload.find({
      collection: 'trips',
      where: { leader: { equals: leaderId } },
      sort: 'startsOn',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs.map((trip) => trip.slug)
  const china = await id('polities', 'china')
  chinaId = china
  chinaTrips = (
    await payload.count({
      collection: 'trips',
      where: { 'stops.polity': { equals: china }, _status: { equals: 'published' } },
    })
  ).totalDocs
  const unapproved = await draftSource(system, 'editor', { title: 'Never approved' })
  // A leader with more approved trips than one page holds, two stops each in China, written in
  // one statement (the bench's scale data is far larger); the last cites an unapproved source.
  await rawSql(
    payload,
    sql`
    WITH bulk AS (
      INSERT INTO trips (title, slug, leader_id, certainty, review_state, _status, starts_on)
      SELECT 'Bulk visit ' || g, 'bulk-visit-' || g, ${leaderId}, 'confirmed', 'approved', 'published',
        timestamptz '1990-01-01' + g * interval '1 day'
      FROM generate_series(1, ${BULK}) g
      RETURNING id, slug
    ),
    stops AS (
      INSERT INTO trips_stops (_order, _parent_id, id, polity_id)
      SELECT n, bulk.id, bulk.slug || '-stop-' || n, ${china} FROM bulk, generate_series(1, 2) n
    )
    INSERT INTO trips_citations (_order, _parent_id, id, fact, source_id)
    SELECT 1, id, slug || '-citation', 'title', ${unapproved.id} FROM bulk WHERE slug = ${`bulk-visit-${BULK}`}
  `,
  )
})

describe('statistics counted in SQL', () => {
  it('should count trips and visits over shown trips only, leaving the withheld one out', async () => {
    const counts = await countVisits(payload, leaderId)
    const byPolity = (rows: TVisitCounts['visits']) => [...rows].sort((a, b) => a.polity - b.polity)
    expect(counts.trips).toEqual([{ leader: leaderId, trips: seededTrips() + BULK - 1 }])
    expect(byPolity(counts.visits)).toEqual(
      byPolity(
        seeded.visits.map((row) => (row.polity === chinaId ? { ...row, visits: row.visits + 2 * (BULK - 1) } : row)),
      ),
    )
    const { leaders } = await (await reader()).stats()
    const kimJongIl = leaders.find((leader) => leader.slug === 'kim-jong-il')!
    expect(kimJongIl.trips).toBe(seededTrips() + BULK - 1)
    expect(kimJongIl.visitsByPolity.map((row) => [row.polity.slug, row.visits])).toContainEqual([
      'china',
      seededIn(chinaId) + 2 * (BULK - 1),
    ])
    // The seed's leaders, counted the same way as before.
    expect(leaders.map((leader) => [leader.slug, leader.trips])).toEqual([
      ['kim-il-sung', 29],
      ['kim-jong-il', seededTrips() + BULK - 1],
      ['kim-jong-un', 11],
    ])
  })
})

describe('statistics counted once per change', () => {
  const tripsOf = async (slug: string) =>
    (await (await reader()).stats()).leaders.find((leader) => leader.slug === slug)!.trips

  it('should count again after a trip is approved, moved to another leader or deleted, and not before', async () => {
    const before = await tripsOf('kim-jong-il')
    expect(await tripsOf('kim-jong-il')).toBe(before)
    const [added] = await rawSql<{ id: number }>(
      payload,
      sql`INSERT INTO trips (title, slug, leader_id, certainty, review_state, _status, starts_on, updated_at)
        VALUES ('Counted once more', 'counted-once-more', ${leaderId}, 'confirmed', 'approved', 'published', '1999-01-01', now())
        RETURNING id`,
    )
    expect(await tripsOf('kim-jong-il')).toBe(before + 1)
    const kimIlSung = await tripsOf('kim-il-sung')
    await rawSql(
      payload,
      sql`UPDATE trips SET leader_id = (SELECT id FROM leaders WHERE slug = 'kim-il-sung'), updated_at = now() + interval '1 second' WHERE id = ${added!.id}`,
    )
    expect([await tripsOf('kim-jong-il'), await tripsOf('kim-il-sung')]).toEqual([before, kimIlSung + 1])
    await rawSql(payload, sql`DELETE FROM trips WHERE id = ${added!.id}`)
    expect([await tripsOf('kim-jong-il'), await tripsOf('kim-il-sung')]).toEqual([before, kimIlSung])
  })
})

describe("a leader's and a country's trips, a page at a time", () => {
  it("should give a leader's trips a page at a time, with visits counted over all of them", async () => {
    const first = await (await reader()).leader({ slug: 'kim-jong-il' })
    expect(first.trips).toHaveLength(RECORD_TRIPS_PAGE_SIZE)
    // The withheld trip is not counted either.
    expect(first.tripPages).toEqual({ total: BULK - 1 + seededTrips(), page: 1, pages: 2 })
    expect(first.trips[0]!.slug).toBe('bulk-visit-1')
    expect(first.visitsByPolity.map((row) => [row.polity.slug, row.visits])).toContainEqual([
      'china',
      seededIn(chinaId) + 2 * (BULK - 1),
    ])
    const second = await (await reader()).leader({ slug: 'kim-jong-il', page: 2 })
    // The withheld trip is left out of its page; the seeded journeys (2000 on) come after the bulk (1990).
    expect(second.trips.map((trip) => trip.slug)).toEqual([
      ...Array.from(
        { length: BULK - RECORD_TRIPS_PAGE_SIZE - 1 },
        (_, i) => `bulk-visit-${RECORD_TRIPS_PAGE_SIZE + 1 + i}`,
      ),
      ...seededSlugs,
    ])
    await expect((await reader()).leader({ slug: 'kim-jong-il', page: 3 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'page: leader "kim-jong-il" has 2 page(s) of trips.',
    })
  })

  it("should give a country's visits a page of trips at a time", async () => {
    const total = chinaTrips + BULK - 1
    const pages = Math.ceil(total / RECORD_TRIPS_PAGE_SIZE)
    const first = await (await reader()).polity({ slug: 'china' })
    expect(first.tripPages).toEqual({ total, page: 1, pages })
    expect(new Set(first.visits.map((visit) => visit.trip.slug)).size).toBe(RECORD_TRIPS_PAGE_SIZE)
    const last = await (await reader()).polity({ slug: 'china', page: pages })
    expect(new Set(last.visits.map((visit) => visit.trip.slug)).size).toBeLessThanOrEqual(RECORD_TRIPS_PAGE_SIZE)
    await expect((await reader()).polity({ slug: 'china', page: pages + 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('pages of shown trips, however deep (the shownTrips port)', () => {
  const slugsOf = (trips: { slug: string }[]) => trips.map((trip) => trip.slug)

  it('should fill every page but the last, leave the withheld trip out, and end with no cursor', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 100; page += 1) {
      const { trips, nextCursor } = await (await reader()).trips({ leader: 'kim-jong-il', limit: 40, cursor })
      seen.push(...slugsOf(trips))
      if (!nextCursor) break
      expect(trips).toHaveLength(40)
      cursor = nextCursor
    }
    expect(seen).toEqual([...Array.from({ length: BULK - 1 }, (_, i) => `bulk-visit-${i + 1}`), ...seededSlugs])
  })

  it('should answer a page past the end with no trips, and read pages in either order from the port', async () => {
    const port = (await createContext(payload, new Headers())).shownTrips
    const past = await port.page({ leader: leaderId, order: 'chronological', offset: 10_000, limit: 10, count: true })
    expect(past).toEqual({ trips: [], total: BULK - 1 + seededTrips() })
    const newest = await port.page({ order: 'recently_approved', offset: 0, limit: 5 })
    const { docs } = await payload.find({
      collection: 'trips',
      where: { id: { in: newest.trips.map((trip) => trip.id) } },
      select: { approvedAt: true },
      overrideAccess: true,
    })
    // The port's own approval times are the documents', newest first.
    const approvedAt = new Map(docs.map((doc) => [doc.id, doc.approvedAt ?? null]))
    expect(newest.trips.map((trip) => trip.approvedAt)).toEqual(newest.trips.map((trip) => approvedAt.get(trip.id)))
    const times = newest.trips.map((trip) => trip.approvedAt ?? '')
    expect(times).toEqual([...times].sort().reverse())
    expect(newest.total).toBeNull()
  })

  it('should leave the withheld trip out of the exports and the sitemap', async () => {
    const withheld = `bulk-visit-${BULK}`
    const api = await reader()
    const sitemap = await api.sitemap({ page: 1 })
    expect(sitemap.trips.map((trip) => trip.slug)).toContain('bulk-visit-1')
    expect(sitemap.trips.map((trip) => trip.slug)).not.toContain(withheld)
    const exported: string[] = []
    for (let page: number | null = 1; page;) {
      const answer: { trips: { slug: string }[]; nextPage: number | null } = await api.exportTrips({ page })
      exported.push(...slugsOf(answer.trips))
      page = answer.nextPage
    }
    expect(exported).toContain('bulk-visit-1')
    expect(exported).not.toContain(withheld)
    expect(new Set(exported).size).toBe(exported.length)
  })
})
