/**
 * Document locks and `overrideLock` through Payload's real REST and GraphQL handlers and the
 * Local API: only someone who may save a record locks it, in their own name, and only admins
 * (or trusted server code) ignore someone else's lock.
 */
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'
import { LOCKED_DOCUMENTS, REVIEW_EVENTS, SOURCES, USERS } from '../slugs'
import type { TActorName } from '../test/actors'
import { graphql } from '../test/graphql'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { draftSource, step, submitAndApprove } from '../test/workflow'
import { formStateWithLockPolicy } from './formStateWithLockPolicy'

const integration = await setupIntegration('document_locks')
const { payload, actors } = integration

const userOf = (name: TActorName) => ({ relationTo: USERS, value: actors[name].user!.id }) as const
let n = 0
const newSource = () => draftSource(integration, 'editor', { title: `Locked source ${++n}` })
/** What a save over HTTP names: the version the client loaded. */
const loaded = async (id: number) =>
  (await payload.findByID({ collection: SOURCES, id, draft: true, depth: 0, overrideAccess: true })).updatedAt

/** `by` asks to lock `document` in `holder`'s name, as the REST API is asked. */
const lockOverRest = (by: TActorName, document: { relationTo: string; value: number }, holder: TActorName = by) =>
  rest(payload, 'POST', `/${LOCKED_DOCUMENTS}`, {
    headers: actors[by].headers,
    body: { document, user: userOf(holder) },
  })
const locksOf = async (relationTo: string, id: number) =>
  (
    await payload.find({
      collection: LOCKED_DOCUMENTS,
      where: { 'document.relationTo': { equals: relationTo }, 'document.value': { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const source = (id: number) => ({ relationTo: SOURCES, value: id }) as const

describe('taking a document lock', () => {
  it("should refuse a lock in someone else's name on REST, GraphQL and the Local API", async () => {
    const { id } = await newSource()
    // A reviewer may not lock a source at all; an editor may, but only in their own name.
    expect(await lockOverRest('reviewer', source(id), 'editor')).toMatchObject({ status: 403 })
    const refused = await lockOverRest('editor', source(id), 'admin')
    expect(refused).toMatchObject({
      status: 403,
      json: { errors: [{ message: 'A document lock can only be taken in your own name.' }] },
    })
    expect(await lockOverRest('editor', source(id), 'editorReviewer')).toMatchObject({ status: 403 })

    const overGraphql = await graphql(
      payload,
      `
        mutation ($data: mutationPayloadLockedDocumentInput!) {
          createPayloadLockedDocument(data: $data) {
            id
          }
        }
      `,
      {
        headers: actors.editor.headers,
        variables: { data: { document: source(id), user: userOf('admin') } },
      },
    )
    expect(overGraphql.errors?.[0]).toMatchObject({
      message: 'A document lock can only be taken in your own name.',
      extensions: { statusCode: 403 },
    })

    await expect(
      payload.create({
        collection: LOCKED_DOCUMENTS,
        data: { document: source(id), user: userOf('editor') },
        user: actors.reviewer.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: LOCKED_DOCUMENTS,
        data: { document: source(id), user: userOf('admin') },
        user: actors.editor.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403, message: 'A document lock can only be taken in your own name.' })
    expect(await locksOf(SOURCES, id)).toEqual([])
  })

  it('should let only those who may save a record lock it', async () => {
    const { id } = await newSource()
    expect(await lockOverRest('reviewer', source(id))).toMatchObject({ status: 403 })
    expect(await lockOverRest('anonymous', source(id), 'editor')).toMatchObject({ status: 403 })
    expect(await lockOverRest('editor', source(id))).toMatchObject({ status: 201 })
    expect((await locksOf(SOURCES, id)).map((lock) => lock.user)).toEqual([userOf('editor')])

    // The review log may be saved by nobody, so nobody locks it; accounts are the admin's (and their owner's).
    await submitAndApprove(integration, SOURCES, id)
    const [event] = (
      await payload.find({ collection: REVIEW_EVENTS, where: { documentId: { equals: id } }, overrideAccess: true })
    ).docs
    expect(await lockOverRest('admin', { relationTo: REVIEW_EVENTS, value: event!.id })).toMatchObject({ status: 403 })
    const reviewerAccount = { relationTo: USERS, value: actors.reviewer.user!.id }
    expect(await lockOverRest('editor', reviewerAccount)).toMatchObject({ status: 403 })
    expect(await lockOverRest('admin', reviewerAccount)).toMatchObject({ status: 201 })
  })

  it('should let only those who may save a record take over or remove its lock', async () => {
    const { id } = await newSource()
    const taken = await lockOverRest('editor', source(id))
    const lockId = (taken.json!.doc as { id: number }).id
    const takeOver = (by: TActorName, holder: TActorName = by) =>
      rest(payload, 'PATCH', `/${LOCKED_DOCUMENTS}/${lockId}`, {
        headers: actors[by].headers,
        body: { user: userOf(holder) },
      })
    const remove = (by: TActorName) =>
      rest(payload, 'DELETE', `/${LOCKED_DOCUMENTS}/${lockId}`, { headers: actors[by].headers })

    expect(await takeOver('reviewer')).toMatchObject({ status: 403 })
    expect(await remove('reviewer')).toMatchObject({ status: 403 })
    expect(await takeOver('editorReviewer', 'admin')).toMatchObject({
      status: 403,
      json: { errors: [{ message: 'A document lock can only be held in your own name.' }] },
    })
    // Nor by query: one lock at a time, each checked.
    expect(
      await rest(payload, 'DELETE', `/${LOCKED_DOCUMENTS}?where[id][equals]=${lockId}`, {
        headers: actors.admin.headers,
      }),
    ).toMatchObject({ status: 403 })
    expect((await locksOf(SOURCES, id)).map((lock) => lock.user)).toEqual([userOf('editor')])

    expect(await takeOver('editorReviewer')).toMatchObject({ status: 200 })
    expect((await locksOf(SOURCES, id)).map((lock) => lock.user)).toEqual([userOf('editorReviewer')])
    expect(await remove('editor')).toMatchObject({ status: 200 })
    expect(await locksOf(SOURCES, id)).toEqual([])
  })

  it('should let every signed-in user see who holds a lock, as the admin shows it', async () => {
    const { id } = await newSource()
    await lockOverRest('editor', source(id))
    const query = `/${LOCKED_DOCUMENTS}?where[document.relationTo][equals]=${SOURCES}&where[document.value][equals]=${id}&depth=0`
    const seen = await rest(payload, 'GET', query, { headers: actors.reviewer.headers })
    expect(seen).toMatchObject({ status: 200, json: { docs: [{ user: userOf('editor') }] } })
    expect(await rest(payload, 'GET', query, { headers: actors.anonymous.headers })).toMatchObject({ status: 403 })
  })

  /** The form state the admin's edit view asks for as `by` types in source `id`, lock status included. */
  const typeIn = async (by: TActorName, id: number) =>
    formStateWithLockPolicy({
      collectionSlug: SOURCES,
      id,
      operation: 'update',
      schemaPath: SOURCES,
      docPermissions: undefined,
      docPreferences: { fields: {} },
      formState: {},
      mockRSCs: true,
      returnLockStatus: true,
      skipValidation: true,
      req: await createLocalReq({ user: actors[by].user! }, payload),
    } as Parameters<typeof formStateWithLockPolicy>[0])

  it("should take the lock in the admin's form only for those who may save the record", async () => {
    const { id } = await newSource()
    expect((await typeIn('reviewer', id)).lockedState).toBeUndefined()
    expect(await locksOf(SOURCES, id)).toEqual([])
    await expect(typeIn('editor', id)).resolves.toMatchObject({ lockedState: { isLocked: true } })
    expect((await locksOf(SOURCES, id)).map((lock) => lock.user)).toEqual([userOf('editor')])
  })

  it("should take no lock in the admin's form while the record is in review, which nobody saves", async () => {
    const { id } = await newSource()
    await step(integration, SOURCES, id, 'submit', 'editor')
    expect((await typeIn('editor', id)).lockedState).toBeUndefined()
    expect(await locksOf(SOURCES, id)).toEqual([])
    // Once changes are requested it is the editors' again, locked as they type.
    await step(integration, SOURCES, id, 'request_changes', 'reviewer', { comment: 'Cite the page.' })
    await expect(typeIn('editor', id)).resolves.toMatchObject({ lockedState: { isLocked: true } })
  })
})

describe('overrideLock', () => {
  /** A source the editor has open (and locked) in the admin. */
  async function lockedByEditor() {
    const { id } = await newSource()
    await lockOverRest('editor', source(id))
    return id
  }
  const save = (by: TActorName, id: number, query: string, version: string) =>
    rest(payload, 'PATCH', `/${SOURCES}/${id}?draft=true${query}`, {
      headers: actors[by].headers,
      body: { summary: `Saved by ${by}`, updatedAt: version },
    })

  it('should refuse overrideLock to everyone but admins, naming the flag, on REST and the Local API', async () => {
    const id = await lockedByEditor()
    const version = await loaded(id)
    expect(await save('editorReviewer', id, '', version)).toMatchObject({ status: 423 })
    expect(await save('editorReviewer', id, '&overrideLock=true', version)).toMatchObject({
      status: 403,
      json: { errors: [{ message: expect.stringMatching(/^overrideLock=true is for admins only/) }] },
    })
    await expect(
      payload.update({
        collection: SOURCES,
        id,
        data: { summary: 'Local override' },
        draft: true,
        overrideLock: true,
        user: actors.editorReviewer.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/^overrideLock=true is for admins only/) })
    expect(await save('admin', id, '&overrideLock=true', version)).toMatchObject({ status: 200 })
  })

  it('should hold locks over GraphQL, which has no overrideLock', async () => {
    const id = await lockedByEditor()
    const answer = await graphql(
      payload,
      `
        mutation ($id: Int!, $data: mutationSourceUpdateInput!) {
          updateSource(id: $id, data: $data, draft: true) {
            id
          }
        }
      `,
      {
        headers: actors.editorReviewer.headers,
        variables: { id, data: { summary: 'Over GraphQL', updatedAt: await loaded(id) } },
      },
    )
    expect(answer.errors?.[0]?.extensions?.statusCode).toBe(423)
    expect((await payload.findByID({ collection: SOURCES, id, draft: true, overrideAccess: true })).summary).toBeNull()
  })

  it('should not hold up a workflow step, which is a decision on the version and not an edit', async () => {
    const { id } = await newSource()
    await step(integration, SOURCES, id, 'submit', 'editor')
    // Still open in the editor's admin (Payload removes a record's locks on every save, steps included).
    await lockOverRest('editor', source(id))
    const decided = await rest(payload, 'POST', `/${SOURCES}/${id}/workflow/approve`, {
      headers: actors.reviewer.headers,
      body: { version: await loaded(id) },
    })
    expect(decided).toMatchObject({ status: 200 })
  })

  it("should leave the Local API's default to server code: locks ignored unless it passes overrideLock: false", async () => {
    const id = await lockedByEditor()
    const saveOnServer = (overrideLock?: boolean) =>
      payload.update({
        collection: SOURCES,
        id,
        data: { summary: 'On the server' },
        draft: true,
        user: actors.editorReviewer.user,
        overrideAccess: false,
        ...(overrideLock === undefined ? {} : { overrideLock }),
      })
    await expect(saveOnServer(false)).rejects.toMatchObject({ status: 423 })
    await expect(saveOnServer()).resolves.toMatchObject({ summary: 'On the server' })
  })
})
