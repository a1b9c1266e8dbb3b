import { createCaller } from '@itinera/contracts'
import { describe, expect, it } from 'vitest'
import { REVIEW_EVENTS, SOURCES, TOMBSTONES, TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rest } from '../test/rest'
import {
  approvedSource,
  createDraft,
  latestVersion,
  publicVersion,
  saveDraft,
  step,
  submitAndApprove,
} from '../test/workflow'
import { createContext } from '../trpc/createContext'

const integration = await setupIntegration('retraction', { referenceData: true })
const { payload, actors, ref } = integration

const caller = async (name: TActorName) => createCaller(await createContext(payload, actors[name].headers))
const latest = (collection: typeof SOURCES | typeof TRIPS, id: number) => latestVersion(integration, collection, id)
const publicRecord = (collection: typeof SOURCES | typeof TRIPS, id: number) =>
  publicVersion(integration, collection, id)
const tombstonesOf = async (collection: typeof SOURCES | typeof TRIPS, id: number) =>
  (
    await payload.find({
      collection: TOMBSTONES,
      where: { collection: { equals: collection }, recordId: { equals: id } },
      overrideAccess: false,
      user: null,
    })
  ).docs
const actionsOf = async (collection: typeof SOURCES | typeof TRIPS, id: number) =>
  (
    await payload.find({
      collection: REVIEW_EVENTS,
      where: { collection: { equals: collection }, documentId: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs.map((event) => event.action)

let counter = 0
const title = (what: string) => `${what} ${++counter}`
const REASON = 'The telegram it rests on was shown to be a forgery.'

describe('retracting a public record', () => {
  it('should keep it public until a second person retracts it, then leave a tombstone with the reason', async () => {
    const source = await approvedSource(integration, { title: title('Forged telegram') })
    const editor = await caller('editor')
    await expect(
      editor.editorial.requestRetraction({ collection: 'sources', id: source.id, comment: ' ' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Say why the record should be taken offline'),
    })
    await expect(
      editor.editorial.requestRetraction({ collection: 'sources', id: source.id, comment: REASON }),
    ).resolves.toEqual({ id: source.id, reviewState: 'retraction_requested' })
    expect(await publicRecord(SOURCES, source.id)).toMatchObject({ title: source.title, _status: 'published' })
    expect(await tombstonesOf(SOURCES, source.id)).toEqual([])

    // Edits wait for the decision: the public content is what would be retracted.
    await expect(saveDraft(integration, SOURCES, source.id, { title: 'Meanwhile' }, 'editor')).rejects.toMatchObject({
      status: 409,
    })
    // Retracting is a decision on a named version, by a reviewer who did not write it.
    await expect(
      (await caller('reviewer')).editorial.retract({ collection: 'sources', id: source.id } as never),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(
      editor.editorial.retract({
        collection: 'sources',
        id: source.id,
        version: (await latest(SOURCES, source.id)).updatedAt,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      (await caller('reviewer')).editorial.retract({
        collection: 'sources',
        id: source.id,
        version: (await latest(SOURCES, source.id)).updatedAt,
      }),
    ).resolves.toEqual({ id: source.id, reviewState: 'retracted' })

    expect(await publicRecord(SOURCES, source.id)).toBeNull()
    expect(await latest(SOURCES, source.id)).toMatchObject({ reviewState: 'retracted', _status: 'draft' })
    const [tombstone] = await tombstonesOf(SOURCES, source.id)
    expect(tombstone).toMatchObject({
      collection: SOURCES,
      recordId: source.id,
      slug: null,
      title: source.title,
      reason: REASON,
      retractedAt: expect.any(String),
    })
    expect(await actionsOf(SOURCES, source.id)).toEqual(['submit', 'approve', 'request_retraction', 'retract'])
  })

  it('should refuse the retraction to whoever requested it, wrote or submitted the version (four-eyes)', async () => {
    const source = await createDraft(
      integration,
      SOURCES,
      { kind: 'book', sourceClass: 'scholarship', title: title('Memoir') },
      'admin',
    )
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    await step(integration, SOURCES, source.id, 'approve', 'reviewer', {
      version: (await latest(SOURCES, source.id)).updatedAt,
    })
    await step(integration, SOURCES, source.id, 'request_retraction', 'editorReviewer', { comment: REASON })
    for (const who of ['admin', 'editorReviewer'] as const) {
      await expect(
        step(integration, SOURCES, source.id, 'retract', who, {
          version: (await latest(SOURCES, source.id)).updatedAt,
        }),
      ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('four-eyes') })
    }
    expect((await latest(SOURCES, source.id)).reviewState).toBe('retraction_requested')
    await expect(
      step(integration, SOURCES, source.id, 'retract', 'reviewer', {
        version: (await latest(SOURCES, source.id)).updatedAt,
      }),
    ).resolves.toMatchObject({ reviewState: 'retracted' })
  })

  it('should keep the record public and approved when the retraction is cancelled', async () => {
    const source = await approvedSource(integration, { title: title('Disputed') })
    await step(integration, SOURCES, source.id, 'request_retraction', 'editor', { comment: REASON })
    const response = await rest(payload, 'POST', `/sources/${source.id}/workflow/cancel_retraction`, {
      headers: actors.reviewer.headers,
      body: {},
    })
    expect(response).toMatchObject({ status: 200, json: { reviewState: 'approved' } })
    expect(await publicRecord(SOURCES, source.id)).toMatchObject({ title: source.title, _status: 'published' })
    expect(await latest(SOURCES, source.id)).toMatchObject({ reviewState: 'approved', _status: 'published' })
    expect(await tombstonesOf(SOURCES, source.id)).toEqual([])
  })

  it('should let a retracted trip be edited, reviewed and approved again, which removes its tombstone', async () => {
    const source = await approvedSource(integration, { title: title('Archive') })
    const trip = await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, {
        title: 'Visit to retract',
        slug: 'visit-to-retract',
        stops: [moscowStop(ref, { id: 'stop-retract' })],
      }),
      'editor',
    )
    await submitAndApprove(integration, TRIPS, trip.id)
    const retractOver = (path: string, name: TActorName, body: Record<string, unknown>) =>
      rest(payload, 'POST', `/trips/${trip.id}/workflow/${path}`, { headers: actors[name].headers, body })
    expect(await retractOver('request_retraction', 'editor', {})).toMatchObject({ status: 400 })
    expect(await retractOver('request_retraction', 'editor', { comment: REASON })).toMatchObject({ status: 200 })
    expect(await retractOver('retract', 'reviewer', {})).toMatchObject({ status: 400 })
    expect(
      await retractOver('retract', 'reviewer', { version: (await latest(TRIPS, trip.id)).updatedAt }),
    ).toMatchObject({ status: 200, json: { reviewState: 'retracted' } })
    expect(await tombstonesOf(TRIPS, trip.id)).toMatchObject([{ slug: 'visit-to-retract', title: 'Visit to retract' }])
    expect(await publicRecord(TRIPS, trip.id)).toBeNull()

    await saveDraft(integration, TRIPS, trip.id, { summary: 'Corrected after the forgery was found.' }, 'editor')
    // A new review cycle: only the one who edited after the retraction counts.
    expect(await latest(TRIPS, trip.id)).toMatchObject({ reviewState: 'draft', editedBy: [actors.editor.user!.id] })
    await submitAndApprove(integration, TRIPS, trip.id)
    expect(await publicRecord(TRIPS, trip.id)).toMatchObject({ summary: 'Corrected after the forgery was found.' })
    expect(await tombstonesOf(TRIPS, trip.id)).toEqual([])
  })

  it('should refuse anyone to write tombstones through the API', async () => {
    const response = await rest(payload, 'POST', '/tombstones', {
      headers: actors.admin.headers,
      body: { collection: 'trips', recordId: 1, title: 'Fake', reason: 'Fake', retractedAt: new Date().toISOString() },
    })
    expect(response.status).toBe(403)
  })
})
