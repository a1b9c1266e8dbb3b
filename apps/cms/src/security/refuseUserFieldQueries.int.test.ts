import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { QueryError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { REVIEW_EVENTS, SOURCES } from '../slugs'
import type { TActor } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { draftSource, submitAndApprove } from '../test/workflow'

const system = await setupIntegration('user-field-queries')
let adminsDraft: number
beforeAll(async () => {
  // Written by the admin: its `editedBy` names the admin, whose e-mail staff may not read.
  adminsDraft = (await draftSource(system, 'admin', { title: 'Written by the admin' })).id
  const approved = await draftSource(system, 'editor')
  await submitAndApprove(system, SOURCES, approved.id)
})

const get = (actor: TActor, path: string) => rest(system.payload, 'GET', path, { headers: actor.headers })

describe('queries on users through relationships', () => {
  it('should refuse staff a filter or sort on user fields through any relationship, naming the path', async () => {
    const { editor, reviewer } = system.actors
    const refused = [
      [editor, `/${SOURCES}?draft=true&where[editedBy.email][like]=admin`, 'editedBy.email'],
      [
        editor,
        `/${SOURCES}?draft=true&where[or][0][editedBy.name][like]=a&where[or][1][title][like]=x`,
        'editedBy.name',
      ],
      [editor, `/${SOURCES}?draft=true&where[and][0][editedBy.roles][in]=admin`, 'editedBy.roles'],
      [editor, `/${SOURCES}?draft=true&sort=editedBy.email`, 'editedBy.email'],
      [editor, `/${SOURCES}?draft=true&sort=-editedBy.name`, 'editedBy.name'],
      [editor, `/${SOURCES}/count?where[editedBy.email][like]=a`, 'editedBy.email'],
      [editor, `/${SOURCES}/versions?where[version.editedBy.email][like]=a`, 'version.editedBy.email'],
      [reviewer, `/${REVIEW_EVENTS}?where[actor.roles][in]=admin`, 'actor.roles'],
      [reviewer, `/${REVIEW_EVENTS}?where[actor.email][exists]=true`, 'actor.email'],
      // Through another collection first: a trip's cited source's editors.
      [editor, `/trips?draft=true&where[citations.source.editedBy.email][like]=a`, 'citations.source.editedBy.email'],
    ] as const
    for (const [actor, path, field] of refused) {
      const answer = await get(actor, path)
      expect({ path, status: answer.status, body: answer.json }).toMatchObject({
        path,
        status: 400,
        body: { errors: [{ message: `The following path cannot be queried: ${field}` }] },
      })
    }
  })

  it('should let staff filter and sort by the relationship itself', async () => {
    const adminId = system.actors.admin.user!.id
    const byEditor = await get(system.actors.editor, `/${SOURCES}?draft=true&where[editedBy][equals]=${adminId}`)
    expect(byEditor.status).toBe(200)
    expect((byEditor.json!.docs as { id: number }[]).map((doc) => doc.id)).toEqual([adminsDraft])
    expect(
      (await get(system.actors.editor, `/${SOURCES}?draft=true&where[editedBy.id][in]=${adminId}&sort=editedBy`))
        .status,
    ).toBe(200)
  })

  it('should let admins query user fields', async () => {
    const answer = await get(system.actors.admin, `/${SOURCES}?draft=true&where[editedBy.email][like]=admin@`)
    expect(answer.status).toBe(200)
    expect((answer.json!.docs as { id: number }[]).map((doc) => doc.id)).toEqual([adminsDraft])
  })

  it('should refuse the same through the Local API with a user, and leave trusted server code alone', async () => {
    const where = { 'editedBy.email': { like: 'admin@' } }
    await expect(
      system.payload.find({
        collection: SOURCES,
        draft: true,
        where,
        overrideAccess: false,
        user: system.actors.editor.user,
      }),
    ).rejects.toBeInstanceOf(QueryError)
    expect((await system.payload.find({ collection: SOURCES, draft: true, where })).docs.map((doc) => doc.id)).toEqual([
      adminsDraft,
    ])
  })

  it('should refuse it over GraphQL', async () => {
    const response = await GRAPHQL_POST(system.payload.config)(
      new Request(`${system.payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: new Headers([...system.actors.editor.headers, ['content-type', 'application/json']]),
        body: JSON.stringify({ query: `{ Sources(draft: true, sort: "editedBy.email") { docs { id } } }` }),
      }),
    )
    const body = (await response.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toBe('The following path cannot be queried: editedBy.email')
  })
})
