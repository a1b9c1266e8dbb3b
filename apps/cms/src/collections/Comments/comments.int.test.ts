import { factPath } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import { COMMENTS, REVIEW_EVENTS, TRIPS } from '../../slugs'
import { setupIntegration } from '../../test/integration'
import { citedTripData, moscowStop } from '../../test/referenceData'
import { rest } from '../../test/rest'
import { approvedSource, createDraft, step } from '../../test/workflow'
import { CITATION_ANCHOR } from './anchors'

const system = await setupIntegration('comments', { referenceData: true })
const { payload, actors, ref } = system
const source = await approvedSource(system)

let seq = 0
/** A cited one-stop trip draft by the editor. */
async function draftTrip() {
  const n = ++seq
  return createDraft(
    system,
    TRIPS,
    {
      ...citedTripData(ref, source, { stops: [moscowStop(ref, { id: `stop-${n}` })] }),
      title: `Conversation trip ${n}`,
      slug: `conversation-trip-${n}`,
    },
    'editor',
  )
}

const comment = (by: keyof typeof actors, data: Record<string, unknown>) =>
  payload.create({ collection: COMMENTS, data: data as never, depth: 0, overrideAccess: false, user: actors[by].user })

describe('comments on a record', () => {
  it('should thread replies and anchor comments to a fact or a citation, named in words', async () => {
    const trip = await draftTrip()
    const stopId = trip.stops![0]!.id!
    const datesCitation = trip.citations!.find((citation) => citation.fact === factPath.stopDates(stopId))!
    const question = await comment('reviewer', {
      collection: TRIPS,
      documentId: trip.id,
      anchor: factPath.stopDates(stopId),
      body: 'Which source gives the arrival date?',
    })
    const answer = await comment('editor', {
      collection: TRIPS,
      documentId: trip.id,
      replyTo: question.id,
      anchor: `${CITATION_ANCHOR}${datesCitation.id}`,
      body: 'This one, page 1.',
    })
    expect(question).toMatchObject({
      authorName: 'reviewer',
      author: actors.reviewer.user!.id,
      recordTitle: trip.title,
      anchorLabel: 'Stop 1: dates',
    })
    expect(answer).toMatchObject({ authorName: 'editor', replyTo: question.id })
    expect(answer.anchorLabel).toMatch(/^Citation \d+ \(Stop 1: dates\)$/)
  })

  it('should refuse an anchor the record does not have and a reply to a comment on another record', async () => {
    const [trip, other] = [await draftTrip(), await draftTrip()]
    await expect(
      comment('editor', { collection: TRIPS, documentId: trip.id, anchor: 'stops.nowhere.dates', body: 'x' }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'anchor', message: expect.stringMatching(/no such fact or citation/) }] },
    })
    await expect(
      comment('editor', { collection: TRIPS, documentId: trip.id, anchor: `${CITATION_ANCHOR}nothing`, body: 'x' }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'anchor', message: expect.stringMatching(/no such fact or citation/) }] },
    })
    const elsewhere = await comment('editor', { collection: TRIPS, documentId: other.id, body: 'On the other trip' })
    await expect(
      comment('reviewer', { collection: TRIPS, documentId: trip.id, replyTo: elsewhere.id, body: 'x' }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'replyTo', message: expect.stringMatching(/same record/) }] } })
    await expect(comment('editor', { collection: TRIPS, documentId: 999_999, body: 'x' })).rejects.toMatchObject({
      data: { errors: [{ path: 'documentId', message: 'There is no trip 999999.' }] },
    })
  })

  it('should write a comment in its author’s name whatever the caller sends', async () => {
    const trip = await draftTrip()
    const forged = await comment('editor', {
      collection: TRIPS,
      documentId: trip.id,
      body: 'Signed by someone else?',
      author: actors.admin.user!.id,
      authorName: 'admin',
    })
    expect(forged).toMatchObject({ author: actors.editor.user!.id, authorName: 'editor' })
  })

  it('should let staff read and write comments, and nobody change or delete one, nor anonymous read one', async () => {
    const trip = await draftTrip()
    const written = await rest(payload, 'POST', `/${COMMENTS}`, {
      headers: actors.reviewer.headers,
      body: { collection: TRIPS, documentId: trip.id, body: 'Over REST' },
    })
    expect(written.status).toBe(201)
    const id = (written.json!.doc as { id: number }).id
    for (const actor of [actors.editor, actors.reviewer, actors.admin])
      expect((await rest(payload, 'GET', `/${COMMENTS}/${id}`, { headers: actor.headers })).status).toBe(200)
    const anonymous = new Headers()
    expect((await rest(payload, 'GET', `/${COMMENTS}/${id}`, { headers: anonymous })).status).toBe(403)
    expect((await rest(payload, 'GET', `/${COMMENTS}`, { headers: anonymous })).status).toBe(403)
    expect(
      (
        await rest(payload, 'POST', `/${COMMENTS}`, {
          headers: anonymous,
          body: { collection: TRIPS, documentId: trip.id, body: 'Drive-by' },
        })
      ).status,
    ).toBe(403)
    for (const actor of [actors.reviewer, actors.admin]) {
      expect(
        (await rest(payload, 'PATCH', `/${COMMENTS}/${id}`, { headers: actor.headers, body: { body: 'Rewritten' } }))
          .status,
      ).toBe(403)
      expect((await rest(payload, 'DELETE', `/${COMMENTS}/${id}`, { headers: actor.headers })).status).toBe(403)
    }
  })
})

describe('the review conversation and the workflow', () => {
  it('should attach the request-changes comment to the record, in the reviewer’s name, with its review event', async () => {
    const trip = await draftTrip()
    await step(system, TRIPS, trip.id, 'submit', 'editor')
    await step(system, TRIPS, trip.id, 'request_changes', 'reviewer', { comment: '  Cite the meeting with Stalin.  ' })
    const { docs } = await payload.find({
      collection: COMMENTS,
      where: { collection: { equals: TRIPS }, documentId: { equals: trip.id } },
      depth: 0,
      overrideAccess: false,
      user: actors.editor.user,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ body: 'Cite the meeting with Stalin.', authorName: 'reviewer' })
    const event = await payload.findByID({
      collection: REVIEW_EVENTS,
      id: docs[0]!.reviewEvent as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(event).toMatchObject({
      action: 'request_changes',
      documentId: trip.id,
      actorName: 'reviewer',
      recordTitle: trip.title,
      comment: 'Cite the meeting with Stalin.',
    })
  })

  it('should keep the reviewer a submission names, by name, and refuse one who may not decide on it', async () => {
    const trip = await draftTrip()
    // The submitter cannot be their own reviewer, nor can someone who does not review.
    await expect(
      step(system, TRIPS, trip.id, 'submit', 'editorReviewer', { assignee: actors.editorReviewer.user!.id }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/four-eyes/) })
    await expect(
      step(system, TRIPS, trip.id, 'submit', 'editor', { assignee: actors.editor.user!.id }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/does not review/) })
    const answer = await rest(payload, 'POST', `/${TRIPS}/${trip.id}/workflow/submit`, {
      headers: actors.editor.headers,
      body: { assignee: actors.reviewer.user!.id },
    })
    expect(answer.status).toBe(200)
    const [event] = (
      await payload.find({
        collection: REVIEW_EVENTS,
        where: { documentId: { equals: trip.id }, action: { equals: 'submit' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    expect(event).toMatchObject({
      actorName: 'editor',
      assignee: actors.reviewer.user!.id,
      assigneeName: 'reviewer',
    })
    // A decision names nobody.
    await expect(
      step(system, TRIPS, trip.id, 'request_changes', 'reviewer', { comment: 'x', assignee: actors.admin.user!.id }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('staff names', () => {
  it('should list staff ids and names, no e-mail or roles, to staff only; with ?reviewers those who review', async () => {
    const everyone = await rest(payload, 'GET', '/staff-names', { headers: actors.editor.headers })
    expect(everyone.status).toBe(200)
    expect(everyone.json).toEqual({
      staff: ['admin', 'editor', 'editorReviewer', 'reviewer'].map((name) => ({
        id: Object.values(actors).find((actor) => actor.user?.name === name)!.user!.id,
        name,
      })),
    })
    const reviewers = await rest(payload, 'GET', '/staff-names?reviewers', { headers: actors.editor.headers })
    expect((reviewers.json!.staff as { name: string }[]).map(({ name }) => name)).toEqual([
      'admin',
      'editorReviewer',
      'reviewer',
    ])
    expect((await rest(payload, 'GET', '/staff-names', { headers: new Headers() })).status).toBe(401)
  })
})
