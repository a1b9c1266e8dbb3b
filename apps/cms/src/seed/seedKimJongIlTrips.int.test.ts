import { sourcesDiffer } from '@itinera/contracts/sources-differ'
import { tripFacts } from '@itinera/contracts/trip-facts'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Source, Trip } from '../payload-types'
import { LEADERS, PLACES, SOURCES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { KIM_JONG_IL_JOURNEYS } from './data/kim-jong-il-citations'
import { seedDataset } from './seedDataset'

const { payload } = await setupIntegration('seed-kim-jong-il', { actors: false })
let trips: Trip[]
let sources: Map<number, Source>
const leaderId = async (slug: string) =>
  (await payload.find({ collection: LEADERS, where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]!.id

beforeAll(async () => {
  await seedDataset(payload)
  trips = (await payload.find({ collection: TRIPS, pagination: false, depth: 0, overrideAccess: true })).docs
  const all = await payload.find({ collection: SOURCES, pagination: false, depth: 0, overrideAccess: true })
  sources = new Map(all.docs.map((source) => [source.id, source]))
}, 300_000)

const bySlug = (slug: string) => trips.find((trip) => trip.slug === slug)!
const citedSources = (trip: Trip) => (trip.citations ?? []).map((citation) => sources.get(citation.source as number))

describe('Kim Jong Il’s journeys in the seed', () => {
  it('should import every journey of the list, approved and public', async () => {
    const kimJongIl = await leaderId('kim-jong-il')
    const journeys = trips.filter((trip) => trip.leader === kimJongIl)
    expect(journeys.map((trip) => trip.slug).sort()).toEqual(
      Object.values(KIM_JONG_IL_JOURNEYS)
        .map((journey) => journey.slug)
        .sort(),
    )
    expect(journeys.every((trip) => trip.reviewState === 'approved' && trip._status === 'published')).toBe(true)
    const moscow = bySlug('2001-07-russia')
    expect(moscow.stops?.map((stop) => stop.start?.day)).toEqual([26, 3, 6, 7])
  })

  it('should cite every fact, each to a dated report with its address and a paragraph', async () => {
    const kimJongIl = await leaderId('kim-jong-il')
    for (const trip of trips.filter((candidate) => candidate.leader === kimJongIl)) {
      const cited = new Set((trip.citations ?? []).map((citation) => citation.fact))
      expect(
        tripFacts(trip).filter((fact) => !cited.has(fact.path)),
        trip.slug,
      ).toEqual([])
      expect(
        citedSources(trip).filter((source) => !source?.url || !source.date?.year),
        trip.slug,
      ).toEqual([])
      expect(
        (trip.citations ?? []).filter((citation) => !citation.locator?.paragraph),
        trip.slug,
      ).toEqual([])
    }
  })

  it('should keep where reports differ on dates, each side cited', () => {
    for (const slug of ['2004-04-china', '2006-01-china', '2010-08-china']) {
      const trip = bySlug(slug)
      const conflicts = sourcesDiffer(trip)
      expect(conflicts.length, slug).toBeGreaterThan(0)
      const facts = new Set((trip.citations ?? []).map((citation) => citation.fact))
      expect(
        conflicts.every((conflict) => facts.has(conflict.fact) && conflict.alternatives.every((alt) => facts.has(alt))),
      ).toBe(true)
    }
    const changchun = bySlug('2010-08-china').stops!.find((stop) => stop.start?.day === 27)!
    expect(changchun.alternativeDates?.map((alt) => alt.start?.day)).toEqual([28])
  })
})

describe('Kim Jong Un’s trips with a second source', () => {
  it('should hold the 27 April 2018 summit at the Peace House, on the southern side, with Moon Jae-in', async () => {
    const summit = bySlug('2018-04-south-korea')
    const stop = summit.stops![0]!
    expect(stop.start).toMatchObject({ year: 2018, month: 4, day: 27 })
    const peaceHouse = (
      await payload.find({ collection: PLACES, where: { slug: { equals: 'peace-house' } }, overrideAccess: true })
    ).docs[0]!
    expect(stop.places).toContain(peaceHouse.id)
    expect(summit.leader).toBe(await leaderId('kim-jong-un'))
    expect(stop.meetings).toHaveLength(1)
  })

  it('should record that the article dates that summit 26 May, citing both sides', () => {
    const [conflict] = sourcesDiffer(bySlug('2018-04-south-korea'))
    expect(conflict).toBeDefined()
    const citations = bySlug('2018-04-south-korea').citations ?? []
    const sourcesOf = (fact: string) =>
      citations.filter((citation) => citation.fact === fact).map((citation) => sources.get(citation.source as number)!)
    expect(sourcesOf(conflict!.fact).map((source) => source.publisher)).toContain('UPI (Breitbart News)')
    expect(sourcesOf(conflict!.alternatives[0]!).map((source) => source.publisher)).toEqual(['AFP'])
    expect(bySlug('2018-05-panmunjom').stops![0]!.start).toMatchObject({ year: 2018, month: 5, day: 26 })
  })

  it('should cite a second, dated report with its address for every trip', async () => {
    const kimJongUn = await leaderId('kim-jong-un')
    for (const trip of trips.filter((candidate) => candidate.leader === kimJongUn)) {
      expect(
        citedSources(trip).some((source) => source?.url && source.date?.day),
        trip.slug,
      ).toBe(true)
    }
  })
})
