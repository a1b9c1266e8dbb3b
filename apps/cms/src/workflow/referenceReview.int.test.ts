import { createCaller } from '@itinera/contracts'
import { referenceFactPath } from '@itinera/contracts/reference-facts'
import { describe, expect, it } from 'vitest'
import { PLACES, POLITIES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rest } from '../test/rest'
import { approvedSource, createDraft, draftSource, saveDraft, step, submitAndApprove } from '../test/workflow'
import { createContext } from '../trpc/createContext'

const integration = await setupIntegration('reference_review', { referenceData: true })
const { payload, actors, ref } = integration

const reader = async () => createCaller(await createContext(payload, actors.anonymous.headers)).reader
const anonymousRest = (path: string) => rest(payload, 'GET', path, { headers: actors.anonymous.headers })
const latestVersion = async (collection: typeof PLACES | typeof POLITIES, id: number) =>
  (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })).updatedAt

/** An approved trip through the reference place, every fact cited to an approved source. */
async function approvedTripThrough(slug: string) {
  const source = await approvedSource(integration, { title: `Telegram on ${slug}` })
  const stops = [moscowStop(ref, { id: `${slug}-stop` })]
  const trip = await createDraft(integration, TRIPS, citedTripData(ref, source, { slug, stops }), 'editor')
  await submitAndApprove(integration, TRIPS, trip.id)
  return trip
}

describe('a rename of an approved place', () => {
  it('should leave every public read showing the approved name until a reviewer approves the rename', async () => {
    const trip = await approvedTripThrough('rename-journey')
    await saveDraft(integration, PLACES, ref.place.id, { name: 'Moskva' }, 'editor')

    const publicNames = async () => ({
      trip: (await (await reader()).trip({ slug: trip.slug })).stops[0]!.places.map((place) => place.name),
      rest: (await anonymousRest(`/places/${ref.place.id}`)).json?.name,
      populated: (
        await payload.find({
          collection: TRIPS,
          where: { id: { equals: trip.id } },
          depth: 1,
          overrideAccess: false,
          user: null,
        })
      ).docs[0]!.stops!.flatMap((stop) => stop.places!.map((place) => (place as { name: string }).name)),
    })
    expect(await publicNames()).toEqual({ trip: ['Moscow'], rest: 'Moscow', populated: ['Moscow'] })

    await step(integration, PLACES, ref.place.id, 'submit', 'editor')
    expect(await publicNames()).toEqual({ trip: ['Moscow'], rest: 'Moscow', populated: ['Moscow'] })

    await step(integration, PLACES, ref.place.id, 'approve', 'reviewer', {
      version: await latestVersion(PLACES, ref.place.id),
    })
    expect(await publicNames()).toEqual({ trip: ['Moskva'], rest: 'Moskva', populated: ['Moskva'] })
  })

  it('should refuse a rename made on a version someone else has changed since (409)', async () => {
    const place = await createDraft(integration, PLACES, { name: 'Leningrad', slug: 'leningrad' }, 'editor')
    await submitAndApprove(integration, PLACES, place.id)
    const loaded = await latestVersion(PLACES, place.id)
    await saveDraft(integration, PLACES, place.id, { name: 'Saint Petersburg' }, 'editorReviewer')

    const stale = await rest(payload, 'PATCH', `/places/${place.id}?draft=true`, {
      headers: actors.editor.headers,
      body: { name: 'Petrograd', updatedAt: loaded },
    })
    expect(stale.status).toBe(409)
    const unnamed = await rest(payload, 'PATCH', `/places/${place.id}?draft=true`, {
      headers: actors.editor.headers,
      body: { name: 'Petrograd' },
    })
    expect(unnamed.status).toBe(428)
    expect((await payload.findByID({ collection: PLACES, id: place.id, draft: true, overrideAccess: true })).name).toBe(
      'Saint Petersburg',
    )
  })

  it('should not let whoever edited the rename approve it (four eyes)', async () => {
    const place = await createDraft(integration, PLACES, { name: 'Stalingrad', slug: 'stalingrad' }, 'editor')
    await submitAndApprove(integration, PLACES, place.id)
    await saveDraft(integration, PLACES, place.id, { name: 'Volgograd' }, 'editorReviewer')
    await step(integration, PLACES, place.id, 'submit', 'editorReviewer')

    const version = await latestVersion(PLACES, place.id)
    const byEditor = await rest(payload, 'POST', `/places/${place.id}/workflow/approve`, {
      headers: actors.editorReviewer.headers,
      body: { version },
    })
    expect(byEditor.status).toBe(403)
    const events = await payload.find({
      collection: 'review-events',
      where: { collection: { equals: PLACES }, documentId: { equals: place.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(events.docs.map((event) => event.action)).toEqual(['submit', 'approve', 'submit'])

    const byOther = await rest(payload, 'POST', `/places/${place.id}/workflow/approve`, {
      headers: actors.reviewer.headers,
      body: { version },
    })
    expect(byOther.status).toBe(200)
    expect((await anonymousRest(`/places/${place.id}`)).json?.name).toBe('Volgograd')
  })
})

describe('a new polity', () => {
  it('should have no public page nor public record until a reviewer approves it', async () => {
    const polity = await createDraft(
      integration,
      POLITIES,
      { name: 'Tuvan People\u2019s Republic', slug: 'tuva', validFrom: { year: 1921 }, validTo: { year: 1944 } },
      'editor',
    )
    const listed = async () =>
      ((await anonymousRest('/polities?limit=100')).json?.docs as { slug: string }[]).map((doc) => doc.slug)
    await expect((await reader()).polity({ slug: 'tuva' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await anonymousRest(`/polities/${polity.id}`)).status).toBe(404)
    expect(await listed()).not.toContain('tuva')
    expect(await listed()).toContain(ref.polity.slug)

    await submitAndApprove(integration, POLITIES, polity.id)
    await expect((await reader()).polity({ slug: 'tuva' })).resolves.toMatchObject({
      polity: { name: 'Tuvan People\u2019s Republic' },
    })
    expect(await listed()).toContain('tuva')
  })
})

describe('citations of reference data', () => {
  it('should approve a record without citations, but not one citing an unapproved source', async () => {
    const draft = await draftSource(integration, 'editor', {
      title: 'Gazetteer of the Mongolian People\u2019s Republic',
    })
    const polity = await createDraft(
      integration,
      POLITIES,
      {
        name: 'Mongolian People\u2019s Republic',
        slug: 'mongolian-peoples-republic',
        officialName: 'Bügd Nairamdakh Mongol Ard Uls',
        citations: [{ fact: referenceFactPath.officialName(), source: draft.id, locator: { page: '3' } }],
      },
      'editor',
    )
    await step(integration, POLITIES, polity.id, 'submit', 'editor')
    await expect(
      step(integration, POLITIES, polity.id, 'approve', 'reviewer', {
        version: await latestVersion(POLITIES, polity.id),
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(
        'cited sources not yet approved: "Gazetteer of the Mongolian People\u2019s Republic"',
      ),
    })
    await submitAndApprove(integration, 'sources', draft.id)
    await step(integration, POLITIES, polity.id, 'approve', 'reviewer')
  })

  it('should refuse a citation of a fact the record does not have', async () => {
    const source = await approvedSource(integration, { title: 'Atlas of the Soviet Union' })
    const attempt = createDraft(
      integration,
      PLACES,
      { name: 'Kyiv', slug: 'kyiv', citations: [{ fact: referenceFactPath.coordinates(), source: source.id }] },
      'editor',
    )
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ message: expect.stringContaining('is not a fact of this place') })] },
    })
  })
})

describe('a trip naming unapproved reference data', () => {
  it('should not be approved, and say which place, person or polity is not approved yet', async () => {
    const source = await approvedSource(integration, { title: 'Diary of the Warsaw visit' })
    const place = await createDraft(integration, PLACES, { name: 'Warsaw', slug: 'warsaw' }, 'editor')
    const stops = [moscowStop(ref, { id: 'warsaw-stop', places: [place.id] })]
    const trip = await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, { slug: 'visit-to-warsaw', stops }),
      'editor',
    )
    await step(integration, TRIPS, trip.id, 'submit', 'editor')
    const approve = async () =>
      step(integration, TRIPS, trip.id, 'approve', 'reviewer', {
        version: (await payload.findByID({ collection: TRIPS, id: trip.id, draft: true, overrideAccess: true }))
          .updatedAt,
      })
    await expect(approve()).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('reference data not yet approved: place "Warsaw"'),
    })

    await submitAndApprove(integration, PLACES, place.id)
    await expect(approve()).resolves.toMatchObject({ reviewState: 'approved' })
  })
})
