import { REFERENCE_COLLECTIONS } from '@itinera/contracts/domain'
import { REFERENCE_SOURCES } from '@itinera/importer/gazetteer'
import { tripFacts } from '@itinera/contracts/trip-facts'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Trip } from '../payload-types'
import { LEADERS, REVIEW_EVENTS, SOURCES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { KIM_IL_SUNG_TRIPS } from './data/kim-il-sung-trips'
import { KIM_JONG_IL_SOURCES } from './data/kim-jong-il-sources'
import { KIM_JONG_UN_SECOND_SOURCES } from './data/kim-jong-un-second-sources'
import { SEED_SOURCES } from './data/sources'
import { LEADER_SEED } from './leaders'
import { SEED_REVIEW_COMMENT, seedDataset, type TSeedDatasetSummary } from './seedDataset'

const { payload } = await setupIntegration('seed-dataset', { actors: false })
let first: TSeedDatasetSummary
let trips: Trip[]

beforeAll(async () => {
  first = await seedDataset(payload)
  trips = (
    await payload.find({ collection: TRIPS, pagination: false, depth: 0, overrideAccess: true, sort: 'startsOn' })
  ).docs
}, 300_000)

const tripBySlug = (slug: string) => trips.find((trip) => trip.slug === slug)!
const codesOf = (trip: Trip) => (trip.qualityIssues ?? []).map((issue) => issue.code)

describe('the seed dataset', () => {
  it('should load every trip and source, approved and public', async () => {
    expect(first).toMatchObject({ loaded: true, trips: 50 })
    expect(trips).toHaveLength(50)
    expect(
      trips.every((trip) => trip._status === 'published' && trip.reviewState === 'approved' && trip.approvedAt),
    ).toBe(true)
    const anonymous = await payload.count({ collection: TRIPS, overrideAccess: false, user: null })
    expect(anonymous.totalDocs).toBe(50)
    // One source per work: the list cites identical works as 6 and 12; its reference 18 is the
    // working paper itself; the paper repeats its notes 16 (as 19), 18 (as 20) and 7 (as 26, 27
    // and 29). References 21 and 40 name no work and stay apart.
    expect(SEED_SOURCES).toHaveLength(100)
    expect(first.sources).toBe(100 - 7 + KIM_JONG_IL_SOURCES.length + KIM_JONG_UN_SECOND_SOURCES.length)
    expect(
      (await payload.count({ collection: SOURCES, where: { _status: { equals: 'published' } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(first.sources + REFERENCE_SOURCES.length)
  })

  it('should keep all 46 listed visits of Kim Il Sung, grouped into journeys', () => {
    const fromList = KIM_IL_SUNG_TRIPS.filter(
      (trip) =>
        trip.certaintyCite.some((citation) => citation.source === 'wiki-kis-list') && trip.certainty === 'confirmed',
    )
    expect(fromList.flatMap((trip) => trip.stops)).toHaveLength(46)
    const rumored = trips.filter((trip) => trip.certainty === 'rumored')
    expect(rumored.map((trip) => trip.startsOn?.slice(0, 4))).toEqual(['1966', '1968'])
  })

  it('should cite every fact of every trip', () => {
    for (const trip of trips) {
      const cited = new Set((trip.citations ?? []).map((citation) => citation.fact))
      expect(
        tripFacts(trip).filter((fact) => !cited.has(fact.path)),
        trip.slug,
      ).toEqual([])
      expect(codesOf(trip), trip.slug).not.toContain('uncited_fact')
    }
  })

  it('should load the gazetteer and the leaders as approved, public reference data', async () => {
    for (const collection of REFERENCE_COLLECTIONS) {
      const all = await payload.find({ collection, pagination: false, depth: 0, draft: true, overrideAccess: true })
      expect(all.docs.length, collection).toBeGreaterThan(0)
      expect(
        all.docs.every((doc) => doc._status === 'published' && doc.reviewState === 'approved'),
        collection,
      ).toBe(true)
    }
    expect((await payload.count({ collection: LEADERS, overrideAccess: true })).totalDocs).toBe(LEADER_SEED.length)
  })

  it('should record a submit and an approval by the seed, not by a person, for each record', async () => {
    const events = await payload.find({ collection: REVIEW_EVENTS, pagination: false, depth: 0, overrideAccess: true })
    const reference = first.polities + first.places + first.people + LEADER_SEED.length
    expect(events.docs).toHaveLength(2 * (50 + first.sources + REFERENCE_SOURCES.length + reference))
    expect(events.docs.every((event) => event.actor == null && event.comment === SEED_REVIEW_COMMENT)).toBe(true)
  })

  it('should keep the list’s flaws visible as warnings rather than fixing them', () => {
    const withoutCountry = trips
      .filter((trip) => codesOf(trip).includes('stop_without_polity'))
      .map((trip) => trip.startsOn?.slice(0, 7))
    expect(withoutCountry).toEqual(['1961-10', '1975-04'])
    const tour1975 = trips.find((trip) => trip.startsOn?.startsWith('1975-05'))!
    expect(codesOf(tour1975)).toContain('overlapping_stops')
    const march1961 = trips.find((trip) => trip.startsOn?.startsWith('1961-03'))!
    expect(march1961.qualityIssues).toContainEqual(
      expect.objectContaining({ code: 'import_note', message: expect.stringContaining('1949') }),
    )
  })

  it('should add what the archives and the working paper add: the secret May 1950 Beijing visit', () => {
    const beijing1950 = trips.find((trip) => trip.startsOn?.startsWith('1950-05-13'))!
    expect(beijing1950).toMatchObject({ kind: 'secret', certainty: 'confirmed' })
    const hanoi = tripBySlug(trips.find((trip) => trip.startsOn?.startsWith('1958-11'))!.slug)
    expect(hanoi.stops?.length).toBe(2)
    expect(hanoi.citations?.some((citation) => citation.locator?.footnote === '4')).toBe(true)
  })

  it('should carry Kim Jong Un’s ten trips and the 27 April 2018 summit', async () => {
    const leader = (
      await payload.find({ collection: LEADERS, where: { slug: { equals: 'kim-jong-un' } }, overrideAccess: true })
    ).docs[0]!
    expect(leader.offices?.length).toBeGreaterThan(0)
    expect(trips.filter((trip) => trip.leader === leader.id)).toHaveLength(11)
  })

  it('should load only once', async () => {
    expect(await seedDataset(payload)).toMatchObject({ loaded: false, trips: 0 })
    expect((await payload.count({ collection: TRIPS, overrideAccess: true })).totalDocs).toBe(50)
  })
})
