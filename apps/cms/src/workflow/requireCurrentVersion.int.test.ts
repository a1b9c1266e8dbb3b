import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { fieldSchemasToFormState } from '@payloadcms/ui/forms/fieldSchemasToFormState'
import { createLocalReq } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { describe, expect, it } from 'vitest'
import type { Source } from '../payload-types'
import { SOURCES, TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'

const { payload, actors } = await setupIntegration('current_version')

let counter = 0
const draftSource = () =>
  payload.create({
    collection: SOURCES,
    data: { kind: 'book', sourceClass: 'scholarship', title: `Memoir ${++counter}` },
    draft: true,
    overrideAccess: false,
    user: actors.editor.user,
  })
const stored = (id: number) =>
  payload.findByID({ collection: SOURCES, id, draft: true, depth: 0, overrideAccess: true })
const patch = (name: TActorName, id: number, body: Record<string, unknown>, headers: [string, string][] = []) =>
  rest(payload, 'PATCH', `/sources/${id}?draft=true`, {
    headers: new Headers([...actors[name].headers, ...headers]),
    body,
  })
const messageOf = (response: { json: Record<string, unknown> | null }) =>
  (response.json?.errors as { message: string }[] | undefined)?.[0]?.message

const STALE =
  /^This source changed after you loaded it: (editor|admin) saved it at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\. Your changes were not saved: reload the source and apply them again\.$/

describe('saves name the version they edited (REST)', () => {
  it('should refuse the second of two saves made on the same loaded version, naming who saved first', async () => {
    const source = await draftSource()
    const first = await patch('editor', source.id, {
      publisher: 'Foreign Languages Publishing House',
      updatedAt: source.updatedAt,
    })
    expect(first.status).toBe(200)

    const second = await patch('admin', source.id, { publisher: 'Progress Publishers', updatedAt: source.updatedAt })
    expect(second.status).toBe(409)
    expect(messageOf(second)).toMatch(STALE)
    expect(messageOf(second)).toContain('editor saved it')
    expect(await stored(source.id)).toMatchObject({
      publisher: 'Foreign Languages Publishing House',
      editedBy: [actors.editor.user!.id],
    })
  })

  it('should let exactly one of two simultaneous saves through and keep it whole', async () => {
    const source = await draftSource()
    const [a, b] = await Promise.all([
      patch('editor', source.id, {
        publisher: 'Editor’s publisher',
        rights: 'Editor’s rights',
        updatedAt: source.updatedAt,
      }),
      patch('admin', source.id, {
        publisher: 'Admin’s publisher',
        rights: 'Admin’s rights',
        updatedAt: source.updatedAt,
      }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const [winner, loser] = a.status === 200 ? ['Editor’s', b] : ['Admin’s', a]
    expect(messageOf(loser)).toMatch(STALE)
    expect(await stored(source.id)).toMatchObject({ publisher: `${winner} publisher`, rights: `${winner} rights` })
  })

  it('should accept the next save made on the version the last save returned', async () => {
    const source = await draftSource()
    const first = await patch('editor', source.id, { rights: 'Public domain', updatedAt: source.updatedAt })
    const saved = (first.json as { doc: Source }).doc
    expect(saved.updatedAt).not.toBe(source.updatedAt)
    expect((await patch('editor', source.id, { rights: 'CC BY 4.0', updatedAt: saved.updatedAt })).status).toBe(200)
    expect((await stored(source.id)).rights).toBe('CC BY 4.0')
  })

  it('should require a user’s REST save to name the version, and change nothing without it', async () => {
    const source = await draftSource()
    const response = await patch('editor', source.id, { title: 'Unconditional' })
    expect(response.status).toBe(428)
    expect(messageOf(response)).toBe(
      'Say which version you edited: send the updatedAt you loaded (in the data, or as an If-Match header), so that a newer save by someone else is not overwritten.',
    )
    expect(await stored(source.id)).toMatchObject({ title: source.title, updatedAt: source.updatedAt })
  })

  it('should take the version from an If-Match header', async () => {
    const source = await draftSource()
    const later = await patch('editor', source.id, { rights: 'Unknown', updatedAt: source.updatedAt })
    const current = (later.json as { doc: Source }).doc.updatedAt
    expect((await patch('admin', source.id, { rights: 'Stale' }, [['If-Match', `"${source.updatedAt}"`]])).status).toBe(
      409,
    )
    expect((await patch('admin', source.id, { rights: 'Bad' }, [['If-Match', 'yesterday']])).status).toBe(400)
    expect((await patch('admin', source.id, { rights: 'Current' }, [['If-Match', `W/"${current}"`]])).status).toBe(200)
    expect((await stored(source.id)).rights).toBe('Current')
  })

  it('should refuse a bulk edit, which cannot name each record’s version', async () => {
    const source = await draftSource()
    const response = await rest(payload, 'PATCH', `/sources?where[id][equals]=${source.id}&draft=true`, {
      headers: actors.editor.headers,
      body: { rights: 'Bulk' },
    })
    expect(response.status).toBe(403)
    expect((await stored(source.id)).rights ?? null).toBeNull()
  })
})

describe('saves name the version they edited (GraphQL)', () => {
  const updateSource = async (id: number, data: Record<string, unknown>) => {
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: new Headers([...actors.editor.headers, ['content-type', 'application/json']]),
        body: JSON.stringify({
          query:
            'mutation($id: Int!, $data: mutationSourceUpdateInput!) { updateSource(id: $id, data: $data, draft: true) { id rights } }',
          variables: { id, data },
        }),
      }),
    )
    return (await response.json()) as {
      data?: { updateSource: { rights: string } | null }
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
  }

  it('should apply the same precondition to a GraphQL update', async () => {
    const source = await draftSource()
    expect((await updateSource(source.id, { rights: 'None named' })).errors?.[0]?.extensions?.statusCode).toBe(428)
    expect(
      (await updateSource(source.id, { rights: 'Named', updatedAt: source.updatedAt })).data?.updateSource?.rights,
    ).toBe('Named')
    const stale = await updateSource(source.id, { rights: 'Stale', updatedAt: source.updatedAt })
    expect(stale.errors?.[0]).toMatchObject({ message: expect.stringMatching(STALE), extensions: { statusCode: 409 } })
  })
})

describe('trusted Local API callers', () => {
  it('should keep saving without a version (seed, import, scripts), and refuse a stale one they name', async () => {
    const source = await draftSource()
    const saved = await payload.update({
      collection: SOURCES,
      id: source.id,
      data: { rights: 'Script' },
      draft: true,
      overrideAccess: false,
      user: actors.editor.user,
    })
    expect(saved.rights).toBe('Script')
    await expect(
      payload.update({
        collection: SOURCES,
        id: source.id,
        data: { rights: 'Stale', updatedAt: source.updatedAt },
        draft: true,
        overrideAccess: false,
        user: actors.editor.user,
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(STALE) })
    expect((await stored(source.id)).rights).toBe('Script')
  })
})

describe('the admin’s edit form', () => {
  /** The data the admin's form submits, built the way the admin builds its form state. */
  const formDataAsLoaded = async (doc: Source) => {
    const req = await createLocalReq({ user: actors.editor.user! }, payload)
    const state = await fieldSchemasToFormState({
      id: doc.id,
      collectionSlug: SOURCES,
      data: doc,
      fields: payload.collections[SOURCES].config.fields,
      fieldSchemaMap: undefined,
      operation: 'update',
      permissions: true,
      preferences: { fields: {} },
      renderAllFields: true,
      req,
      schemaPath: SOURCES,
      skipValidation: true,
    })
    return reduceFieldsToValues(state, true) as Record<string, unknown>
  }

  it('should send back the version it loaded, so a second editor’s stale form is refused', async () => {
    const source = await draftSource()
    const loaded = await stored(source.id)
    const [formOfEditor, formOfAdmin] = [await formDataAsLoaded(loaded), await formDataAsLoaded(loaded)]
    expect(formOfEditor.updatedAt).toBe(loaded.updatedAt)

    expect((await patch('editor', source.id, { ...formOfEditor, title: 'From the editor’s form' })).status).toBe(200)
    const refused = await patch('admin', source.id, { ...formOfAdmin, title: 'From the admin’s form' })
    expect(refused.status).toBe(409)
    expect((await stored(source.id)).title).toBe('From the editor’s form')
  })
})

describe('document locking', () => {
  it('should be on for reviewed collections and refuse another user’s save while the document is open', async () => {
    expect(payload.collections[TRIPS].config.lockDocuments).toMatchObject({ duration: 300 })
    expect(payload.collections[SOURCES].config.lockDocuments).toMatchObject({ duration: 300 })
    const source = await draftSource()
    // What the admin records when the editor opens the document.
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: SOURCES, value: source.id },
        user: { relationTo: 'users', value: actors.editor.user!.id },
      },
      overrideAccess: true,
    })
    const locked = await patch('admin', source.id, { rights: 'While open elsewhere', updatedAt: source.updatedAt })
    expect(locked.status).toBe(423)
    expect(
      (await patch('editor', source.id, { rights: 'By the one who has it open', updatedAt: source.updatedAt })).status,
    ).toBe(200)
  })
})
