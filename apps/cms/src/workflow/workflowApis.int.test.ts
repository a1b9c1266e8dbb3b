import { createCaller } from '@itinera/contracts'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { draftSource, saveDraft } from '../test/workflow'
import { createContext } from '../trpc/createContext'

const integration = await setupIntegration('workflow_apis')
const { payload, actors } = integration

const caller = async (name: TActorName) => createCaller(await createContext(payload, actors[name].headers))
/** The version a client loaded: what a review decision names. */
const loaded = async (id: number) =>
  (await payload.findByID({ collection: SOURCES, id, draft: true, depth: 0, overrideAccess: true })).updatedAt
let counter = 0
const draftSourceBy = (name: TActorName) =>
  draftSource(integration, name, { kind: 'news_article', sourceClass: 'news', title: `Report ${++counter}` })

describe('the workflow through tRPC', () => {
  it('should submit, refuse self-approval, and approve by a second person, with the history to show', async () => {
    const source = await draftSourceBy('editorReviewer')
    const author = await caller('editorReviewer')
    await expect(author.editorial.submit({ collection: 'sources', id: source.id })).resolves.toEqual({
      id: source.id,
      reviewState: 'in_review',
    })
    await expect(
      author.editorial.approve({ collection: 'sources', id: source.id, version: await loaded(source.id) }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('four-eyes'),
    })
    const reviewer = await caller('reviewer')
    const version = await loaded(source.id)
    await expect(
      reviewer.editorial.approve({
        collection: 'sources',
        id: source.id,
        version,
        comment: 'Checked against the archive.',
      }),
    ).resolves.toEqual({
      id: source.id,
      reviewState: 'approved',
    })

    const { events } = await reviewer.editorial.history({ collection: 'sources', id: source.id })
    expect(events.map((event) => [event.action, event.actor?.name, event.comment])).toEqual([
      ['submit', 'editorReviewer', null],
      ['approve', 'reviewer', 'Checked against the archive.'],
    ])
  })

  it('should name the field when requesting changes without a comment', async () => {
    const source = await draftSourceBy('editor')
    await (await caller('editor')).editorial.submit({ collection: 'sources', id: source.id })
    const version = await loaded(source.id)
    const error = await (
      await caller('reviewer')
    ).editorial
      .requestChanges({ collection: 'sources', id: source.id, version, comment: ' ' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Say what needs to change') })
  })

  it('should refuse editorial procedures to anonymous callers and the wrong roles', async () => {
    const source = await draftSourceBy('editor')
    await expect(
      (await caller('anonymous')).editorial.submit({ collection: 'sources', id: source.id }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(
      (await caller('reviewer')).editorial.submit({ collection: 'sources', id: source.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      (await caller('editor')).editorial.approve({
        collection: 'sources',
        id: source.id,
        version: await loaded(source.id),
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(
      (await caller('anonymous')).editorial.history({ collection: 'sources', id: source.id }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  it('should report a step from the wrong state as a conflict', async () => {
    const source = await draftSourceBy('editor')
    await expect(
      (await caller('reviewer')).editorial.approve({
        collection: 'sources',
        id: source.id,
        version: await loaded(source.id),
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('should refuse a decision that names no version, saying what to send', async () => {
    const source = await draftSourceBy('editor')
    await (await caller('editor')).editorial.submit({ collection: 'sources', id: source.id })
    const reviewer = await caller('reviewer')
    const error = await reviewer.editorial
      .approve({ collection: 'sources', id: source.id } as never)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('updatedAt as you loaded it') })
  })

  it('should refuse to approve a version the editor changed after the reviewer loaded it, and approve the current one', async () => {
    const source = await draftSourceBy('editor')
    const editor = await caller('editor')
    await editor.editorial.submit({ collection: 'sources', id: source.id })
    const seenByReviewer = await loaded(source.id)
    // Withdrawn, edited and submitted again while the reviewer had the old version open.
    await editor.editorial.withdraw({ collection: 'sources', id: source.id })
    await saveDraft(integration, SOURCES, source.id, { title: 'Changed meanwhile' }, 'editor')
    await editor.editorial.submit({ collection: 'sources', id: source.id })

    const reviewer = await caller('reviewer')
    await expect(
      reviewer.editorial.approve({ collection: 'sources', id: source.id, version: seenByReviewer }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^This source changed after you loaded it: editor submitted it for review at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\. Nothing was decided: reload it and review the current version\.$/,
      ),
    })
    expect(
      await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true }),
    ).toMatchObject({ reviewState: 'in_review', _status: 'draft' })
    await expect(
      reviewer.editorial.approve({ collection: 'sources', id: source.id, version: await loaded(source.id) }),
    ).resolves.toMatchObject({ reviewState: 'approved' })
  })
})

describe('the workflow through REST', () => {
  const step = async (name: TActorName, id: number, action: string, body?: Record<string, unknown>) =>
    rest(payload, 'POST', `/sources/${id}/workflow/${action}`, {
      headers: actors[name].headers,
      body: { version: await loaded(id), ...body },
    })

  it('should apply the same rules: four-eyes, roles, comment, unknown steps', async () => {
    const source = await draftSourceBy('editorReviewer')
    expect(await step('editorReviewer', source.id, 'submit')).toMatchObject({
      status: 200,
      json: { reviewState: 'in_review' },
    })
    expect(await step('editorReviewer', source.id, 'approve')).toMatchObject({ status: 403 })
    expect(await step('anonymous', source.id, 'approve')).toMatchObject({ status: 401 })
    expect(await step('reviewer', source.id, 'request_changes', {})).toMatchObject({ status: 400 })
    expect(await step('reviewer', source.id, 'publish')).toMatchObject({ status: 400 })
    expect(await step('reviewer', source.id, 'approve')).toMatchObject({
      status: 200,
      json: { reviewState: 'approved' },
    })
  })

  it('should make a decision name the version reviewed, and refuse one that is no longer the latest', async () => {
    const source = await draftSourceBy('editor')
    const decide = (body: Record<string, unknown>) =>
      rest(payload, 'POST', `/sources/${source.id}/workflow/approve`, { headers: actors.reviewer.headers, body })
    expect(await step('editor', source.id, 'submit')).toMatchObject({ status: 200 })

    expect(await decide({})).toMatchObject({
      status: 400,
      json: {
        errors: [{ message: 'version: Say which version you looked at: the record’s updatedAt as you loaded it' }],
      },
    })
    expect(await decide({ version: 'latest' })).toMatchObject({ status: 400 })
    // The draft as it was before submission is not the version in review.
    const stale = await decide({ version: source.updatedAt })
    expect(stale).toMatchObject({
      status: 409,
      json: { errors: [{ message: expect.stringContaining('editor submitted it for review at') }] },
    })
    expect(
      await payload.findByID({ collection: SOURCES, id: source.id, draft: true, overrideAccess: true }),
    ).toMatchObject({ reviewState: 'in_review' })
    expect(await decide({ version: await loaded(source.id) })).toMatchObject({
      status: 200,
      json: { reviewState: 'approved' },
    })
  })

  it('should not let a PATCH publish or touch the workflow fields', async () => {
    const source = await draftSourceBy('editor')
    const patched = await rest(payload, 'PATCH', `/sources/${source.id}?draft=true`, {
      headers: actors.editor.headers,
      body: { _status: 'published', reviewState: 'approved' },
    })
    expect(patched.status).toBe(403)
    const sneaky = await rest(payload, 'PATCH', `/sources/${source.id}?draft=true`, {
      headers: actors.editor.headers,
      body: { title: 'Renamed', reviewState: 'approved', editedBy: [], updatedAt: source.updatedAt },
    })
    expect(sneaky.status).toBe(200)
    const stored = await payload.findByID({
      collection: SOURCES,
      id: source.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ title: 'Renamed', reviewState: 'draft', _status: 'draft' })
    expect(stored.editedBy).toEqual([actors.editor.user!.id])
  })

  it('should not show drafts to anonymous REST readers', async () => {
    const source = await draftSourceBy('editor')
    const read = await rest(payload, 'GET', `/sources/${source.id}`, { headers: actors.anonymous.headers })
    expect(read.status).toBe(404)
    const list = await rest(payload, 'GET', `/sources?where[id][equals]=${source.id}`, {
      headers: actors.anonymous.headers,
    })
    expect(list.json).toMatchObject({ totalDocs: 0 })
  })
})
