/**
 * Payload's duplicate (the admin's "Duplicate", REST `POST /api/<collection>/<id>/duplicate`,
 * GraphQL `duplicate<Type>`, Local API `payload.duplicate`): the copy is a new draft whose
 * citations still cite the same facts, whatever the state of the original.
 */
import { tripFacts, uncitedFacts } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import type { Source, Trip } from '../../../payload-types'
import { SOURCES, TRIPS } from '../../../slugs'
import { graphql } from '../../../test/graphql'
import { setupIntegration } from '../../../test/integration'
import { citedTripData, moscowStop } from '../../../test/referenceData'
import { rest } from '../../../test/rest'
import { approvedSource, createDraft, step, submitAndApprove } from '../../../test/workflow'

const integration = await setupIntegration('duplicate', { referenceData: true })
const { payload, actors, ref } = integration
const source = await approvedSource(integration)

const storedTrip = (id: number) =>
  payload.findByID({ collection: TRIPS, id, draft: true, depth: 0, overrideAccess: true })
const storedSource = (id: number) =>
  payload.findByID({ collection: SOURCES, id, draft: true, depth: 0, overrideAccess: true })

let n = 0
/** A draft by the editor with two stops, a meeting, a detail and competing dates, every fact cited. */
async function tripWithStops() {
  const k = ++n
  const stops = [
    moscowStop(ref, {
      id: `dup-${k}-a`,
      details: [{ id: `dup-${k}-a-detail`, text: 'Toured a tractor factory.' }],
      alternativeDates: [{ id: `dup-${k}-a-alt`, start: { year: 1949, month: 3, day: 4 } }],
    }),
    moscowStop(ref, {
      id: `dup-${k}-b`,
      start: { year: 1949, month: 4, day: 1 },
      end: { year: 1949, month: 4, day: 2 },
    }),
  ]
  const data = citedTripData(ref, source, { stops, title: `Visit ${k}`, slug: `visit-${k}` })
  const { id } = await createDraft(integration, TRIPS, data, 'editor')
  return storedTrip(id)
}

/** Each citation as the fact it cites (its label: "Stop 2: meeting 1") and what it cites it to. */
const citedFacts = (trip: Trip) => {
  const labels = new Map(tripFacts(trip).map((fact) => [fact.path, fact.label]))
  return (trip.citations ?? []).map((citation) => ({
    fact: labels.get(citation.fact) ?? `unknown fact ${citation.fact}`,
    source: citation.source,
    locator: citation.locator,
  }))
}
const rowIds = (trip: Trip) =>
  (trip.stops ?? []).flatMap((stop) => [stop.id, ...(stop.meetings ?? []).map((row) => row.id)])

describe('duplicating a trip', () => {
  it('should copy a trip with stops over REST as the admin does, its citations following their facts', async () => {
    const original = await tripWithStops()
    const answer = await rest(payload, 'POST', `/${TRIPS}/${original.id}/duplicate`, {
      headers: actors.editor.headers,
      body: { _status: 'draft' },
    })
    expect(answer.status).toBe(200)
    const copy = await storedTrip((answer.json!.doc as Trip).id)

    expect(copy.id).not.toBe(original.id)
    expect(rowIds(copy).filter((id) => rowIds(original).includes(id))).toEqual([])
    expect(citedFacts(copy)).toEqual(citedFacts(original))
    expect(citedFacts(copy)).toHaveLength(tripFacts(original).length)
    expect(uncitedFacts(copy)).toEqual([])
    expect(copy).toMatchObject({ title: original.title, slug: `${original.slug}-copy`, _status: 'draft' })
    // The original keeps its own rows and citations.
    expect(await storedTrip(original.id)).toMatchObject({ citations: original.citations, stops: original.stops })

    const again = await rest(payload, 'POST', `/${TRIPS}/${original.id}/duplicate`, {
      headers: actors.editor.headers,
      body: { _status: 'draft' },
    })
    expect(again.json!.doc).toMatchObject({ slug: `${original.slug}-copy-2` })
  })

  it('should copy an approved trip as a new draft that goes through review, leaving the original public', async () => {
    const original = await tripWithStops()
    await submitAndApprove(integration, TRIPS, original.id)
    const copy = await payload.duplicate({
      collection: TRIPS,
      id: original.id,
      user: actors.editorReviewer.user,
      overrideAccess: false,
    })

    expect(await storedTrip(copy.id)).toMatchObject({ _status: 'draft', reviewState: 'draft', approvedAt: null })
    expect((await storedTrip(copy.id)).editedBy).toContain(actors.editorReviewer.user!.id)
    expect(await storedTrip(original.id)).toMatchObject({ _status: 'published', reviewState: 'approved' })
    const published = await payload.find({
      collection: TRIPS,
      where: { _status: { equals: 'published' } },
      depth: 0,
      overrideAccess: false,
    })
    expect(published.docs.map((trip) => trip.id)).toEqual([original.id])

    // Complete and valid: it can be submitted and approved by someone who did not copy it.
    await step(integration, TRIPS, copy.id, 'submit', 'editorReviewer')
    const version = (await storedTrip(copy.id)).updatedAt
    await expect(step(integration, TRIPS, copy.id, 'approve', 'editorReviewer', { version })).rejects.toMatchObject({
      status: 403,
    })
    await expect(step(integration, TRIPS, copy.id, 'approve', 'reviewer', { version })).resolves.toMatchObject({
      reviewState: 'approved',
    })
  })

  it('should copy a trip under review over GraphQL as a draft, under the title and slug the client names', async () => {
    const original = await tripWithStops()
    await step(integration, TRIPS, original.id, 'submit', 'editor')
    // Payload's GraphQL duplicate takes the create input: the client names the copy's required fields.
    const answer = await graphql(
      payload,
      `
        mutation ($id: Int!, $data: mutationTripInput!) {
          duplicateTrip(id: $id, data: $data) {
            id
          }
        }
      `,
      {
        headers: actors.editor.headers,
        variables: { id: original.id, data: { title: 'Second visit', slug: 'second-visit', certainty: 'confirmed' } },
      },
    )
    expect(answer.errors).toBeUndefined()
    const copy = await storedTrip((answer.data!.duplicateTrip as { id: number }).id)
    expect(copy).toMatchObject({ title: 'Second visit', slug: 'second-visit', _status: 'draft', reviewState: 'draft' })
    expect(citedFacts(copy)).toEqual(citedFacts(original))
    expect(await storedTrip(original.id)).toMatchObject({ reviewState: 'in_review' })
  })

  it('should refuse a duplicate to those who may not create trips', async () => {
    const original = await tripWithStops()
    expect(
      await rest(payload, 'POST', `/${TRIPS}/${original.id}/duplicate`, {
        headers: actors.reviewer.headers,
        body: { _status: 'draft' },
      }),
    ).toMatchObject({ status: 403 })
  })
})

describe('duplicating a source', () => {
  it('should copy an approved source as a draft on REST and the Local API', async () => {
    const original = await approvedSource(integration, { title: 'Rodong Sinmun, 4 March 1949' })
    const overRest = await rest(payload, 'POST', `/${SOURCES}/${original.id}/duplicate`, {
      headers: actors.editor.headers,
    })
    expect(overRest.status).toBe(200)
    const local = await payload.duplicate({
      collection: SOURCES,
      id: original.id,
      user: actors.editor.user,
      overrideAccess: false,
    })
    for (const id of [(overRest.json!.doc as Source).id, local.id]) {
      expect(await storedSource(id)).toMatchObject({
        title: original.title,
        _status: 'draft',
        reviewState: 'draft',
      })
    }
    expect(await storedSource(original.id)).toMatchObject({ _status: 'published', reviewState: 'approved' })
  })
})
