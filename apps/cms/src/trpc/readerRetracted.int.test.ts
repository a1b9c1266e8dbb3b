import { createCaller } from '@itinera/contracts'
import { tripFacts } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import { SOURCES, TOMBSTONES, TRIPS, type TReviewedCollection } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { approvedSource, createDraft, step, submitAndApprove } from '../test/workflow'
import { createContext } from './createContext'

const integration = await setupIntegration('reader-retracted', { referenceData: true })
const { payload, actors, ref } = integration
const reader = async () => createCaller(await createContext(payload, actors.anonymous.headers))

/** Takes an approved record offline through the workflow: an editor asks, a reviewer retracts. */
async function retract(collection: TReviewedCollection, id: number, reason: string) {
  await step(integration, collection, id, 'request_retraction', 'editor', { comment: reason })
  const retracted = await step(integration, collection, id, 'retract', 'reviewer')
  const [tombstone] = (
    await payload.find({ collection: TOMBSTONES, where: { recordId: { equals: id } }, limit: 1, depth: 0 })
  ).docs.filter((row) => row.collection === collection)
  expect(tombstone, `${collection} ${id} retracted without a tombstone`).toBeDefined()
  expect(retracted).toMatchObject({ _status: 'draft', reviewState: 'retracted' })
  return tombstone!.retractedAt
}

/** An approved trip of one stop (its own row ids), every fact cited to `sources[0]` but its dates, cited to the last. */
async function approvedTrip(slug: string, sources: { id: number }[]) {
  const stops = [moscowStop(ref, { id: `${slug}-stop` })]
  const data = citedTripData(ref, sources[0]!, { slug, title: `Visit ${slug}`, stops })
  const dates = tripFacts({ stops }).find((fact) => fact.path.endsWith('.dates'))!.path
  data.citations = data.citations.map((citation) =>
    citation.fact === dates ? { ...citation, source: sources.at(-1)!.id } : citation,
  )
  const trip = await createDraft(integration, TRIPS, data, 'editor')
  await submitAndApprove(integration, TRIPS, trip.id)
  return trip
}

describe('reader: fails closed when a cited source is retracted, and keeps tombstones', () => {
  it('should withhold a trip citing a retracted source from its page, the lists, the exports and other sources’ pages', async () => {
    const kept = await approvedSource(integration, { title: 'Kept telegram' })
    const doomed = await approvedSource(integration, { title: 'Forged telegram' })
    const citingBoth = await approvedTrip('citing-both', [kept, doomed])
    const citingKept = await approvedTrip('citing-kept', [kept])
    const anonymous = await reader()

    const before = await anonymous.reader.trip({ slug: citingBoth.slug })
    expect(new Set(before.citations.map((citation) => citation.source.id))).toEqual(new Set([kept.id, doomed.id]))
    expect(await anonymous.reader.unavailable({ collection: 'trips', slug: citingBoth.slug })).toBeNull()

    const retractedAt = await retract(SOURCES, doomed.id, 'The telegram is a later forgery.')

    await expect(anonymous.reader.trip({ slug: citingBoth.slug })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await anonymous.reader.unavailable({ collection: 'trips', slug: citingBoth.slug })).toEqual({
      state: 'withheld',
      title: citingBoth.title,
      sources: [{ title: 'Forged telegram', retractedAt }],
    })
    // The other trip stands, with every citation it had.
    expect(await anonymous.reader.unavailable({ collection: 'trips', slug: citingKept.slug })).toBeNull()
    expect((await anonymous.reader.trip({ slug: citingKept.slug })).citations).toHaveLength(before.citations.length)

    const slugs = (trips: { slug: string }[]) => trips.map((trip) => trip.slug)
    const shown = [citingKept.slug]
    expect(slugs((await anonymous.reader.exportTrips({ page: 1 })).trips)).toEqual(shown)
    expect(slugs((await anonymous.reader.trips({ order: 'recently_approved' })).trips)).toEqual(shown)
    expect(slugs((await anonymous.reader.leader({ slug: ref.leader.slug })).trips)).toEqual(shown)
    expect((await anonymous.reader.polity({ slug: ref.polity.slug })).visits.map((visit) => visit.trip.slug)).toEqual(
      shown,
    )
    const keptPage = await anonymous.reader.source({ id: kept.id, page: 1 })
    expect([...new Set(keptPage.citedBy.map((use) => use.trip.slug))]).toEqual(shown)

    await expect(anonymous.reader.source({ id: doomed.id, page: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await anonymous.reader.unavailable({ collection: 'sources', id: doomed.id })).toEqual({
      state: 'retracted',
      tombstone: {
        collection: 'sources',
        title: 'Forged telegram',
        reason: 'The telegram is a later forgery.',
        retractedAt,
      },
    })
  })

  it('should answer a retracted trip with its tombstone, missing for an unknown record, and nothing for standing records', async () => {
    const source = await approvedSource(integration, { title: 'Diary' })
    const trip = await approvedTrip('retracted-trip', [source])
    const anonymous = await reader()
    const retractedAt = await retract(TRIPS, trip.id, 'The visit never took place.')

    await expect(anonymous.reader.trip({ slug: trip.slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await anonymous.reader.unavailable({ collection: 'trips', slug: trip.slug })).toEqual({
      state: 'retracted',
      tombstone: { collection: 'trips', title: trip.title, reason: 'The visit never took place.', retractedAt },
    })
    // An address no approved record has: the reader answers its kept page's 404 itself.
    for (const page of [
      { collection: 'trips', slug: 'no-such-trip' },
      { collection: 'leaders', slug: 'no-such-leader' },
      { collection: 'polities', slug: 'no-such-country' },
      { collection: 'sources', id: 2_000_000_000 },
    ] as const)
      expect(await anonymous.reader.unavailable(page), JSON.stringify(page)).toEqual({ state: 'missing' })
    for (const page of [
      { collection: 'sources', id: source.id },
      { collection: 'leaders', slug: ref.leader.slug },
      { collection: 'polities', slug: ref.polity.slug },
    ] as const)
      expect(await anonymous.reader.unavailable(page), JSON.stringify(page)).toBeNull()
  })

  it('should let anyone read tombstones and nobody write them through the API', async () => {
    const { docs } = await payload.find({ collection: 'tombstones', overrideAccess: false, user: null })
    expect(docs.length).toBeGreaterThan(0)
    const data = {
      collection: TRIPS,
      recordId: 1,
      title: 'Forged',
      reason: 'None',
      retractedAt: new Date().toISOString(),
    } as const
    await expect(
      payload.create({ collection: 'tombstones', data, overrideAccess: false, user: actors.admin.user }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'tombstones', id: docs[0]!.id, overrideAccess: false, user: actors.admin.user }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
