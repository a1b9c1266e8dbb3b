/**
 * Payload's admin preferences (column choices, collapsed fields…) are each user's own: Payload's
 * default access for `payload-preferences`, kept, and checked here over REST, GraphQL and the
 * Local API.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { PayloadPreference } from '../payload-types'
import { PREFERENCES, USERS } from '../slugs'
import type { TActorName } from '../test/actors'
import { graphql } from '../test/graphql'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'

const { payload, actors } = await setupIntegration('preferences')

const KEY = 'collection-trips'
const holder = (name: TActorName) => ({ relationTo: USERS, value: actors[name].user!.id })
const stored = (id: number) => payload.findByID({ collection: PREFERENCES, id, depth: 0, overrideAccess: true })

let editorPreference: PayloadPreference

beforeAll(async () => {
  const saved = await rest(payload, 'POST', `/${PREFERENCES}/${KEY}`, {
    headers: actors.editor.headers,
    body: { value: { columns: ['title'] } },
  })
  expect(saved.status).toBe(200)
  editorPreference = saved.json!.doc as PayloadPreference
})

describe("a user's admin preferences", () => {
  it('should be read only by their owner: by key, and in lists over REST, GraphQL and the Local API', async () => {
    expect(await rest(payload, 'GET', `/${PREFERENCES}/${KEY}`, { headers: actors.editor.headers })).toMatchObject({
      status: 200,
      json: { value: { columns: ['title'] } },
    })
    const byOther = await rest(payload, 'GET', `/${PREFERENCES}/${KEY}`, { headers: actors.reviewer.headers })
    expect(byOther.json?.value).toBeNull()

    const listed = await rest(payload, 'GET', `/${PREFERENCES}?depth=0`, { headers: actors.admin.headers })
    expect(listed.status).toBe(200)
    expect((listed.json!.docs as PayloadPreference[]).map((doc) => doc.id)).not.toContain(editorPreference.id)

    const overGraphql = await graphql(
      payload,
      `
        {
          PayloadPreferences {
            docs {
              id
            }
          }
        }
      `,
      {
        headers: actors.admin.headers,
      },
    )
    expect(overGraphql.errors).toBeUndefined()
    expect(JSON.stringify(overGraphql.data)).not.toContain(`"id":${editorPreference.id}`)

    const local = await payload.find({ collection: PREFERENCES, user: actors.admin.user, overrideAccess: false })
    expect(local.docs.map((doc) => doc.id)).not.toContain(editorPreference.id)
    expect(await rest(payload, 'GET', `/${PREFERENCES}?depth=0`, { headers: actors.anonymous.headers })).toMatchObject({
      status: 403,
    })
  })

  it('should not be changed or removed by anyone else, an admin included', async () => {
    const changed = await rest(payload, 'PATCH', `/${PREFERENCES}/${editorPreference.id}`, {
      headers: actors.admin.headers,
      body: { value: { columns: ['hacked'] } },
    })
    expect(changed.status).toBe(403)
    await expect(
      payload.update({
        collection: PREFERENCES,
        id: editorPreference.id,
        data: { value: { columns: ['hacked'] } },
        user: actors.admin.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const removed = await graphql(
      payload,
      `
        mutation ($id: Int!) {
          deletePayloadPreference(id: $id) {
            id
          }
        }
      `,
      {
        headers: actors.admin.headers,
        variables: { id: editorPreference.id },
      },
    )
    expect(removed.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await stored(editorPreference.id)).toMatchObject({ value: { columns: ['title'] }, user: holder('editor') })
  })

  it("should be saved in one's own name whatever the request says", async () => {
    const created = await rest(payload, 'POST', `/${PREFERENCES}`, {
      headers: actors.reviewer.headers,
      body: { key: KEY, value: { columns: ['planted'] }, user: holder('editor') },
    })
    expect(created.status).toBe(201)
    const { id } = created.json!.doc as PayloadPreference
    expect(await stored(id)).toMatchObject({ user: holder('reviewer') })

    const handedOver = await rest(payload, 'PATCH', `/${PREFERENCES}/${id}`, {
      headers: actors.reviewer.headers,
      body: { user: holder('editor') },
    })
    expect(handedOver.status).toBe(200)
    expect(await stored(id)).toMatchObject({ user: holder('reviewer') })
    // The editor's own preference under that key is the one they read.
    expect(await rest(payload, 'GET', `/${PREFERENCES}/${KEY}`, { headers: actors.editor.headers })).toMatchObject({
      json: { value: { columns: ['title'] } },
    })
  })
})
