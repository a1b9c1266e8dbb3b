import { describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { REVIEW_EVENTS, SOURCES, TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { createDraft, draftSource, saveDraft, step, submitAndApprove } from '../test/workflow'

const integration = await setupIntegration('workflow', { referenceData: true })
const { payload, actors, ref } = integration

const as = (name: TActorName) => actors[name].user as User
let counter = 0
const newSource = (by: TActorName, title = `Telegram ${++counter}`) => draftSource(integration, by, { title })
const readAs = (name: TActorName, collection: typeof SOURCES | typeof TRIPS, id: number) =>
  payload
    .find({ collection, where: { id: { equals: id } }, overrideAccess: false, user: actors[name].user })
    .then((result) => result.docs[0])
const eventsFor = (id: number, collection: typeof SOURCES | typeof TRIPS = SOURCES) =>
  payload.find({
    collection: REVIEW_EVENTS,
    where: { documentId: { equals: id }, collection: { equals: collection } },
    sort: 'createdAt',
    overrideAccess: true,
  })

describe('review workflow on sources', () => {
  it('should keep a new draft from anonymous readers and show it to staff', async () => {
    const source = await newSource('editor')
    expect(source.reviewState).toBe('draft')
    expect(await readAs('anonymous', SOURCES, source.id)).toBeUndefined()
    expect(await readAs('reviewer', SOURCES, source.id)).toMatchObject({ id: source.id })
  })

  it('should refuse publishing outside the workflow', async () => {
    const source = await newSource('editor')
    await expect(
      payload.update({
        collection: SOURCES,
        id: source.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: as('editor'),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('only when a reviewer approves') })
    // A plain (non-draft) create, as a REST client would send it, is kept as a draft.
    const created = await payload.create({
      collection: SOURCES,
      data: { kind: 'book', sourceClass: 'scholarship', title: 'Direct' },
      draft: false,
      overrideAccess: false,
      user: as('admin'),
    })
    expect(created).toMatchObject({ _status: 'draft', reviewState: 'draft' })
    expect(await readAs('anonymous', SOURCES, created.id)).toBeUndefined()
  })

  it('should take a source from draft through changes requested to approved, logging each step', async () => {
    const source = await newSource('editor', 'Ciphered telegram, Roshchin to Filippov')
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    await expect(
      saveDraft(integration, SOURCES, source.id, { title: 'Edited in review' }, 'editor'),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining('withdraw') })

    await expect(step(integration, SOURCES, source.id, 'request_changes', 'reviewer')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('comment'),
    })
    await step(integration, SOURCES, source.id, 'request_changes', 'reviewer', {
      comment: 'Add the archive call number.',
    })
    await saveDraft(
      integration,
      SOURCES,
      source.id,
      { identifiers: { callNumber: 'AVPRF F. 059a, Op. 5a, D. 3, P. 11' } },
      'editor',
    )
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const approved = await step(integration, SOURCES, source.id, 'approve', 'reviewer')
    expect(approved).toMatchObject({ reviewState: 'approved', _status: 'published' })

    const published = await readAs('anonymous', SOURCES, source.id)
    expect(published).toMatchObject({
      title: 'Ciphered telegram, Roshchin to Filippov',
      identifiers: { callNumber: 'AVPRF F. 059a, Op. 5a, D. 3, P. 11' },
    })
    const events = await eventsFor(source.id)
    expect(events.docs.map((event) => [event.action, event.fromState, event.toState])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['request_changes', 'in_review', 'changes_requested'],
      ['submit', 'draft', 'in_review'],
      ['approve', 'in_review', 'approved'],
    ])
    expect(events.docs[1]?.comment).toBe('Add the archive call number.')
    expect(events.docs.every((event) => event.versionId)).toBe(true)
  })

  it('should refuse approval to anyone who edited the version, admins included', async () => {
    const source = await newSource('editorReviewer')
    await step(integration, SOURCES, source.id, 'submit', 'editorReviewer')
    await expect(step(integration, SOURCES, source.id, 'approve', 'editorReviewer')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('four-eyes'),
    })
    await expect(
      step(integration, SOURCES, source.id, 'request_changes', 'editorReviewer', { comment: 'x' }),
    ).rejects.toMatchObject({ status: 403 })

    await step(integration, SOURCES, source.id, 'withdraw', 'editorReviewer')
    await saveDraft(integration, SOURCES, source.id, { rights: 'Public domain' }, 'admin')
    await step(integration, SOURCES, source.id, 'submit', 'editorReviewer')
    await expect(step(integration, SOURCES, source.id, 'approve', 'admin')).rejects.toMatchObject({ status: 403 })
    await expect(step(integration, SOURCES, source.id, 'approve', 'reviewer')).resolves.toMatchObject({
      reviewState: 'approved',
    })
  })

  it('should refuse approval to whoever submitted the version, though they did not edit it (SECURITY.md)', async () => {
    const source = await newSource('admin')
    await step(integration, SOURCES, source.id, 'submit', 'editorReviewer')
    await expect(step(integration, SOURCES, source.id, 'approve', 'editorReviewer')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('four-eyes'),
    })
    await expect(step(integration, SOURCES, source.id, 'approve', 'reviewer')).resolves.toMatchObject({
      reviewState: 'approved',
    })
  })

  it('should keep the approved version’s editors after approval, and count afresh from the next edit', async () => {
    const source = await newSource('admin')
    await submitAndApprove(integration, SOURCES, source.id)
    const approved = await payload.findByID({
      collection: SOURCES,
      id: source.id,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(approved.editedBy).toEqual([as('admin').id, as('editor').id])
    await saveDraft(integration, SOURCES, source.id, { rights: 'Public domain' }, 'editorReviewer')
    const edited = await payload.findByID({
      collection: SOURCES,
      id: source.id,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(edited.editedBy).toEqual([as('editorReviewer').id])
  })

  it('should refuse workflow steps to the wrong roles and to anonymous callers', async () => {
    const source = await newSource('editor')
    await expect(step(integration, SOURCES, source.id, 'submit', 'reviewer')).rejects.toMatchObject({ status: 403 })
    await expect(step(integration, SOURCES, source.id, 'submit', 'anonymous')).rejects.toMatchObject({ status: 401 })
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    await expect(step(integration, SOURCES, source.id, 'approve', 'editor')).rejects.toMatchObject({ status: 403 })
  })

  it('should keep the approved version public while a new draft is edited', async () => {
    const source = await newSource('editor', 'Approved title')
    await submitAndApprove(integration, SOURCES, source.id)
    await saveDraft(integration, SOURCES, source.id, { title: 'Draft title' }, 'editor')

    expect((await readAs('anonymous', SOURCES, source.id))?.title).toBe('Approved title')
    const draft = await payload.findByID({
      collection: SOURCES,
      id: source.id,
      draft: true,
      overrideAccess: false,
      user: as('reviewer'),
    })
    expect(draft).toMatchObject({ title: 'Draft title', reviewState: 'draft' })
  })

  it('should change nothing when an approval fails part-way (no publish without its event, and the reverse)', async () => {
    const source = await newSource('editor', 'Half-approved')
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const before = (await eventsFor(source.id)).totalDocs
    // The event's comment is limited to 5000 characters: its insert fails after the publish.
    await expect(
      step(integration, SOURCES, source.id, 'approve', 'reviewer', { comment: 'x'.repeat(6000) }),
    ).rejects.toThrow()

    const after = await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true })
    expect(after).toMatchObject({ reviewState: 'in_review', _status: 'draft' })
    expect(await readAs('anonymous', SOURCES, source.id)).toBeUndefined()
    expect((await eventsFor(source.id)).totalDocs).toBe(before)
  })

  it('should approve only the version the reviewer looked at, changing nothing when it is no longer the latest', async () => {
    const source = await newSource('editor', 'Memorandum of conversation')
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const seen = (await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true }))
      .updatedAt
    // While the reviewer reads, the editor takes it back, changes it and submits again.
    await step(integration, SOURCES, source.id, 'withdraw', 'editor')
    await saveDraft(integration, SOURCES, source.id, { title: 'Memorandum of conversation (corrected)' }, 'editor')
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const before = await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true })
    const eventsBefore = (await eventsFor(source.id)).totalDocs

    for (const [action, comment] of [
      ['approve', undefined],
      ['request_changes', 'Check the date.'],
    ] as const) {
      await expect(
        step(integration, SOURCES, source.id, action, 'reviewer', { comment, version: seen }),
      ).rejects.toMatchObject({
        status: 409,
        data: { reason: 'stale_version' },
        message: expect.stringMatching(
          /^This source changed after you loaded it: editor submitted it for review at .+ UTC\. Nothing was decided: reload it and review the current version\.$/,
        ),
      })
    }
    expect(await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true })).toEqual(
      before,
    )
    expect(await readAs('anonymous', SOURCES, source.id)).toBeUndefined()
    expect((await eventsFor(source.id)).totalDocs).toBe(eventsBefore)

    const approved = await step(integration, SOURCES, source.id, 'approve', 'reviewer', { version: before.updatedAt })
    expect(approved).toMatchObject({
      reviewState: 'approved',
      _status: 'published',
      title: 'Memorandum of conversation (corrected)',
    })
  })

  it('should say who withdrew a version a reviewer still had open, rather than only that it is no longer in review', async () => {
    const source = await newSource('editor')
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const seen = (await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true }))
      .updatedAt
    await step(integration, SOURCES, source.id, 'withdraw', 'editor')
    await expect(step(integration, SOURCES, source.id, 'approve', 'reviewer', { version: seen })).rejects.toMatchObject(
      {
        status: 409,
        message: expect.stringContaining('editor withdrew it from review at'),
      },
    )
    // Role and four-eyes refusals come first: they do not depend on the version.
    await expect(step(integration, SOURCES, source.id, 'approve', 'editor', { version: seen })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('should keep review events append-only for everyone', async () => {
    const [event] = (await eventsFor((await newSource('editor')).id)).docs
    const anyEvent =
      event ?? (await payload.find({ collection: REVIEW_EVENTS, limit: 1, overrideAccess: true })).docs[0]!
    for (const name of ['editor', 'reviewer', 'admin'] as const) {
      await expect(
        payload.update({
          collection: REVIEW_EVENTS,
          id: anyEvent.id,
          data: { comment: 'rewritten' },
          overrideAccess: false,
          user: as(name),
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.delete({ collection: REVIEW_EVENTS, id: anyEvent.id, overrideAccess: false, user: as(name) }),
      ).rejects.toMatchObject({
        status: 403,
      })
    }
  })
})

describe('review workflow on trips', () => {
  /** Cites every fact to `source`, or all but the first (the trip's certainty). */
  const draftTrip = async (source: { id: number }, { citeEverything }: { citeEverything: boolean }) => {
    const n = ++counter
    const data = citedTripData(ref, source, {
      title: `Visit ${n}`,
      slug: `visit-${n}`,
      stops: [
        moscowStop(ref, {
          id: `stop${n}`,
          start: { year: 1949, month: 3, day: 3 },
          end: { year: 1949, month: 3, day: 25 },
        }),
      ],
    })
    return createDraft(
      integration,
      TRIPS,
      citeEverything ? data : { ...data, citations: data.citations.slice(1) },
      'editor',
    )
  }

  it('should derive sortable dates from the partial dates', async () => {
    const source = await newSource('editor')
    const trip = await draftTrip(source, { citeEverything: true })
    expect(trip.startsOn?.slice(0, 10)).toBe('1949-03-03')
    expect(trip.endsOn?.slice(0, 10)).toBe('1949-03-25')
  })

  it('should refuse a citation pointing at a fact the trip does not have', async () => {
    const source = await newSource('editor')
    await expect(
      payload.create({
        collection: TRIPS,
        data: {
          title: 'Bad',
          slug: `bad-${++counter}`,
          leader: ref.leader.id,
          citations: [{ fact: 'stops.nope.dates', source: source.id }],
        },
        draft: true,
        overrideAccess: false,
        user: as('editor'),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'citations.0.fact',
            message: expect.stringContaining('not a fact of this trip'),
          }),
        ],
      },
    })
  })

  it('should refuse approval until every fact is cited and every cited source approved', async () => {
    const source = await newSource('editor')
    const uncited = await draftTrip(source, { citeEverything: false })
    await step(integration, TRIPS, uncited.id, 'submit', 'editor')
    await expect(step(integration, TRIPS, uncited.id, 'approve', 'reviewer')).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/no citation for certainty of the trip.*cited sources not yet approved/),
    })
    expect((await eventsFor(uncited.id, TRIPS)).docs.map((e) => e.action)).toEqual(['submit'])

    const cited = await draftTrip(source, { citeEverything: true })
    await step(integration, TRIPS, cited.id, 'submit', 'editor')
    await expect(step(integration, TRIPS, cited.id, 'approve', 'reviewer')).rejects.toMatchObject({
      message: expect.stringContaining(source.title),
    })
    await submitAndApprove(integration, SOURCES, source.id)
    await expect(step(integration, TRIPS, cited.id, 'approve', 'reviewer')).resolves.toMatchObject({
      reviewState: 'approved',
    })
    expect(await readAs('anonymous', TRIPS, cited.id)).toMatchObject({ title: cited.title })
  })

  it('should refuse deleting a cited source, naming the trip that cites it', async () => {
    const source = await newSource('editor')
    const trip = await draftTrip(source, { citeEverything: true })
    await expect(
      payload.delete({ collection: SOURCES, id: source.id, overrideAccess: false, user: as('admin') }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(trip.title),
    })
    expect(
      await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true }),
    ).toMatchObject({ id: source.id })
  })
})
