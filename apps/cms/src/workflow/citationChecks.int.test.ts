import { createCaller } from '@itinera/contracts'
import { describe, expect, it } from 'vitest'
import type { Trip } from '../payload-types'
import { CITATION_CHECKS, PLACES, REVIEW_EVENTS, TRIPS, USERS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rest } from '../test/rest'
import { approvedSource, createDraft, latestVersion, saveDraft, step } from '../test/workflow'
import { createContext } from '../trpc/createContext'

const integration = await setupIntegration('citation_checks', { referenceData: true })
const { payload, actors, ref } = integration

const check = (by: keyof typeof actors, body: Record<string, unknown>) =>
  rest(payload, 'POST', '/check-citation', { headers: actors[by].headers, body })
/** The reviewer marks (or unmarks) a citation of a trip. */
const mark = (id: number, citation: string | null | undefined, checked = true, note?: string) =>
  check('reviewer', { collection: TRIPS, id, citation, checked, note })
const checkCount = async () => (await payload.count({ collection: CITATION_CHECKS, overrideAccess: true })).totalDocs
const citationsOf = async (id: number) => ((await latestVersion(integration, TRIPS, id)) as Trip).citations!
const approveWithoutChecking = (id: number) =>
  step(integration, TRIPS, id, 'approve', 'reviewer', { checkCitations: false })
const lastApproval = async (id: number) =>
  (
    await payload.find({
      collection: REVIEW_EVENTS,
      where: { documentId: { equals: id }, action: { equals: 'approve' } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!
const reader = async () => createCaller(await createContext(payload, actors.anonymous.headers)).reader

/** A trip `by` wrote and submitted, every fact cited (five citations). */
async function tripInReview(slug: string, by: 'editor' | 'editorReviewer' = 'editor') {
  const source = await approvedSource(integration, { title: `Telegram ${slug}` })
  const stops = [moscowStop(ref, { id: `${slug}-stop` })]
  const trip = await createDraft(integration, TRIPS, citedTripData(ref, source, { slug, stops }), by)
  await step(integration, TRIPS, trip.id, 'submit', by)
  return trip
}

describe('checking citations against their sources', () => {
  it('should let only a reviewer who may approve mark a citation of a record in review, and write nothing otherwise', async () => {
    const trip = await tripInReview('checks-who', 'editorReviewer')
    const citations = await citationsOf(trip.id)
    const [first] = citations
    const body = { collection: TRIPS, id: trip.id, citation: first!.id, checked: true, note: 'quote matches p. 1' }

    const bySubmitter = await check('editorReviewer', body)
    expect(bySubmitter.status).toBe(403)
    expect(bySubmitter.json?.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('someone else must approve it (four-eyes rule)') }),
    ])
    const byEditor = await check('editor', body)
    expect(byEditor.status).toBe(403)
    expect(byEditor.json?.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Only reviewer or admin users may approve') }),
    ])
    expect((await check('anonymous', body)).status).toBe(401)
    const unknown = await check('reviewer', { ...body, citation: 'no-such-row' })
    expect(unknown.status).toBe(400)
    expect(unknown.json?.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^citation: this trip has no citation "no-such-row"/) }),
    ])
    const badBody = await check('reviewer', { ...body, checked: 'yes' })
    expect(badBody.status).toBe(400)
    expect(badBody.json?.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^checked: /) })])
    const source = await check('reviewer', { ...body, collection: 'sources' })
    expect(source.status).toBe(400)
    expect(source.json?.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^collection: /) })])
    expect(await checkCount()).toBe(0)

    const byReviewer = await check('reviewer', body)
    expect(byReviewer.status).toBe(200)
    const states = byReviewer.json?.citations as { citation: string; changed: boolean; check: unknown }[]
    expect(states).toHaveLength(citations.length)
    expect(states[0]).toEqual({
      citation: first!.id,
      fact: first!.fact,
      changed: true,
      check: expect.objectContaining({ checkedByName: 'reviewer', note: 'quote matches p. 1' }),
    })
    expect(states.slice(1).map((state) => state.check)).toEqual(citations.slice(1).map(() => null))

    const unmarked = await check('reviewer', { ...body, checked: false })
    expect(unmarked.status).toBe(200)
    expect(await checkCount()).toBe(0)
  })

  it('should refuse a check outside review (409)', async () => {
    const source = await approvedSource(integration, { title: 'Telegram checks-draft' })
    const stops = [moscowStop(ref, { id: 'checks-draft-stop' })]
    const trip = await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, { slug: 'checks-draft', stops }),
      'editor',
    )
    const [first] = await citationsOf(trip.id)
    const draft = await mark(trip.id, first!.id)
    expect(draft.status).toBe(409)
    expect(draft.json?.errors).toEqual([
      expect.objectContaining({ message: 'Citations are checked while the trip is in review; it is draft.' }),
    ])
    expect(await checkCount()).toBe(0)
  })

  it('should refuse approval until every changed citation is checked, and record the checks in the approval', async () => {
    const trip = await tripInReview('checks-approve')
    const citations = await citationsOf(trip.id)
    expect(citations).toHaveLength(5)

    await expect(approveWithoutChecking(trip.id)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('5 changed citations not yet checked against their sources'),
    })
    for (const citation of citations.slice(0, 4)) expect((await mark(trip.id, citation.id)).status).toBe(200)
    await expect(approveWithoutChecking(trip.id)).rejects.toMatchObject({
      message: expect.stringContaining('1 changed citation not yet checked against its source'),
    })
    await mark(trip.id, citations[4]!.id, true, 'p. 1')
    await approveWithoutChecking(trip.id)

    const event = await lastApproval(trip.id)
    expect(event.citationChecks).toEqual(
      citations.map((citation, index) => ({
        citation: citation.id,
        fact: citation.fact,
        checkedInThisReview: true,
        checkedBy: actors.reviewer.user!.id,
        checkedByName: 'reviewer',
        checkedAt: expect.any(String),
        note: index === 4 ? 'p. 1' : null,
      })),
    )
    // Approved: the checks of its version are history now.
    const after = await mark(trip.id, citations[0]!.id, false)
    expect(after.status).toBe(409)
  })

  it('should keep the check of an unchanged citation in the next round and ask only for the changed one', async () => {
    const trip = await tripInReview('checks-second-round')
    await step(integration, TRIPS, trip.id, 'approve', 'reviewer')
    const before = await citationsOf(trip.id)
    const changedId = before[1]!.id
    await saveDraft(
      integration,
      TRIPS,
      trip.id,
      {
        citations: before.map((citation) =>
          citation.id === changedId ? { ...citation, locator: { page: '95' } } : citation,
        ),
        updatedAt: (await latestVersion(integration, TRIPS, trip.id)).updatedAt,
      } as never,
      'editor',
    )
    await step(integration, TRIPS, trip.id, 'submit', 'editor')

    await expect(approveWithoutChecking(trip.id)).rejects.toMatchObject({
      message: expect.stringContaining('1 changed citation not yet checked against its source'),
    })
    const unchanged = await mark(trip.id, before[0]!.id, false)
    expect(unchanged.status).toBe(409)
    expect(unchanged.json?.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('is unchanged since the approved version') }),
    ])
    expect((await mark(trip.id, changedId, true, 'p. 95')).status).toBe(200)
    await approveWithoutChecking(trip.id)

    const event = await lastApproval(trip.id)
    const recorded = event.citationChecks as { citation: string; checkedInThisReview: boolean; note: string | null }[]
    expect(
      recorded.map(({ citation, checkedInThisReview, note }) => ({ citation, checkedInThisReview, note })),
    ).toEqual(
      before.map((citation) => ({
        citation: citation.id,
        checkedInThisReview: citation.id === changedId,
        note: citation.id === changedId ? 'p. 95' : null,
      })),
    )
  })

  it('should let reference data with citations be approved only once they are checked', async () => {
    const source = await approvedSource(integration, { title: 'Gazetteer' })
    const place = await createDraft(
      integration,
      PLACES,
      { name: 'Pyongyang', slug: 'pyongyang', citations: [{ fact: 'name', source: source.id }] },
      'editor',
    )
    await step(integration, PLACES, place.id, 'submit', 'editor')
    await expect(
      step(integration, PLACES, place.id, 'approve', 'reviewer', { checkCitations: false }),
    ).rejects.toMatchObject({ message: expect.stringContaining('1 changed citation not yet checked') })
    await step(integration, PLACES, place.id, 'approve', 'reviewer')
    expect((await latestVersion(integration, PLACES, place.id)).reviewState).toBe('approved')
  })

  it('should show the reader when each citation was checked, naming the reviewer only when they chose to be', async () => {
    const trip = await tripInReview('checks-reader')
    await step(integration, TRIPS, trip.id, 'approve', 'reviewer')

    const unnamed = await (await reader()).trip({ slug: 'checks-reader' })
    expect(unnamed.citations).toHaveLength(5)
    for (const citation of unnamed.citations) {
      expect(citation.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(citation.checkedBy).toBeNull()
    }

    await payload.update({
      collection: USERS,
      id: actors.reviewer.user!.id,
      data: { nameOnPublicChecks: true },
      overrideAccess: true,
    })
    const named = await (await reader()).trip({ slug: 'checks-reader' })
    expect(named.citations.map((citation) => citation.checkedBy)).toEqual(unnamed.citations.map(() => 'reviewer'))
    await payload.update({
      collection: USERS,
      id: actors.reviewer.user!.id,
      data: { nameOnPublicChecks: false },
      overrideAccess: true,
    })
  })
})
