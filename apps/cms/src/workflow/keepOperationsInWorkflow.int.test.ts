import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { approvedSource, draftSource, latestVersion, publicVersion, versionsOf } from '../test/workflow'
import { keepOperationsInWorkflow, refuseDeletingApprovedRecord } from './keepOperationsInWorkflow'

const integration = await setupIntegration('operations_in_workflow')
const { payload, actors } = integration

const latest = (id: number) => latestVersion(integration, SOURCES, id)
const publicSource = (id: number) => publicVersion(integration, SOURCES, id)
const versions = (id: number) => versionsOf(integration, SOURCES, id)
const messageOf = (response: { json: Record<string, unknown> | null }) =>
  (response.json?.errors as { message: string }[] | undefined)?.[0]?.message
const patch = async (name: TActorName, id: number, query: string, body: Record<string, unknown>) =>
  rest(payload, 'PATCH', `/sources/${id}${query}`, {
    headers: new Headers([...actors[name].headers, ['if-match', (await latest(id)).updatedAt]]),
    body,
  })

let counter = 0
const title = (what: string) => `${what} ${++counter}`

describe('every reviewed collection', () => {
  it.each(REVIEWED_COLLECTIONS)('should route %s’s operations through the workflow guards, with no trash', (slug) => {
    const config = payload.collections[slug].config
    expect(config.hooks.beforeOperation).toContain(keepOperationsInWorkflow)
    expect(config.hooks.beforeDelete).toContain(refuseDeletingApprovedRecord)
    expect(config.trash).toBeFalsy()
    expect(config.versions && config.versions.drafts && config.versions.drafts.autosave).toBeFalsy()
  })
})

describe('options that rewrite a stored version or publish', () => {
  const OPTIONS = ['unpublishAllLocales', 'publishAllLocales', 'autosave', 'publishSpecificLocale'] as const

  it.each(OPTIONS)(
    'should refuse ?%s=… on REST, naming it, and leave the approved version as it was (observation 2)',
    async (option) => {
      const approved = await approvedSource(integration, { title: title('Approved text') })
      const before = await versions(approved.id)
      const value = option === 'publishSpecificLocale' ? 'en' : 'true'
      const response = await patch('editor', approved.id, `?draft=true&${option}=${value}`, {
        title: 'Unreviewed text',
      })
      expect(response.status).toBe(400)
      expect(messageOf(response)).toMatch(new RegExp(`^${option} is refused on reviewed records`))
      expect(await versions(approved.id)).toEqual(before)
      expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
    },
  )

  it('should refuse them on GraphQL and the Local API too', async () => {
    const approved = await approvedSource(integration, { title: title('Approved text') })
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: new Headers([
          ...actors.editor.headers,
          ['content-type', 'application/json'],
          ['if-match', (await latest(approved.id)).updatedAt],
        ]),
        body: JSON.stringify({
          query:
            'mutation($id: Int!) { updateSource(id: $id, data: { title: "Autosaved" }, draft: true, autosave: true) { id } }',
          variables: { id: approved.id },
        }),
      }),
    )
    const json = (await response.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }
    expect(json.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^autosave is refused/),
      extensions: { statusCode: 400 },
    })
    for (const option of OPTIONS) {
      await expect(
        payload.update({
          collection: SOURCES,
          id: approved.id,
          data: { title: 'Rewritten' },
          draft: true,
          [option]: option === 'publishSpecificLocale' ? 'en' : true,
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringContaining(option) })
    }
    expect((await latest(approved.id)).title).toBe(approved.title)
  })
})

describe('unpublishing, and saves without draft', () => {
  it('should refuse Payload’s Unpublish of a public record, saying to request a retraction', async () => {
    const approved = await approvedSource(integration, { title: title('Public') })
    // What the admin's Unpublish button sends.
    const response = await patch('editor', approved.id, '', { _status: 'draft' })
    expect(response.status).toBe(409)
    expect(messageOf(response)).toMatch(/request a retraction/)
    const asAdmin = await patch('admin', approved.id, '', { _status: 'draft' })
    expect(asAdmin.status).toBe(409)
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
  })

  it('should make a save without draft an edit that leaves the public version alone', async () => {
    const approved = await approvedSource(integration, { title: title('Public') })
    const response = await patch('editor', approved.id, '', { title: 'Edited without draft' })
    expect(response.status).toBe(200)
    expect(await latest(approved.id)).toMatchObject({ title: 'Edited without draft', reviewState: 'draft' })
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
  })

  it('should refuse “Revert to published” (a save of the public version without draft) as publishing', async () => {
    const approved = await approvedSource(integration, { title: title('Public') })
    await patch('editor', approved.id, '?draft=true', { title: 'A draft to discard' })
    const published = await publicSource(approved.id)
    const response = await patch('editor', approved.id, '', { ...published })
    expect(response.status).toBe(403)
    expect((await latest(approved.id)).title).toBe('A draft to discard')
  })
})

describe('deleting', () => {
  it('should refuse deleting an approved record, by id and by query, on every API, saying to request a retraction', async () => {
    const approved = await approvedSource(integration, { title: title('Approved') })
    const byId = await rest(payload, 'DELETE', `/sources/${approved.id}`, { headers: actors.admin.headers })
    expect(byId.status).toBe(409)
    expect(messageOf(byId)).toMatch(/request a retraction/)
    const byQuery = await rest(payload, 'DELETE', `/sources?where[id][equals]=${approved.id}`, {
      headers: actors.admin.headers,
    })
    expect(byQuery.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify(byQuery.json)).toMatch(/request a retraction/)
    await expect(payload.delete({ collection: SOURCES, id: approved.id, overrideAccess: true })).rejects.toMatchObject({
      status: 409,
    })
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title })
  })

  it('should let an admin, or the editor who wrote it, delete a never-approved draft with its history, and nobody else', async () => {
    const draft = await draftSource(integration, 'editor', { title: title('Draft') })
    for (const other of [actors.editorReviewer, actors.reviewer])
      expect((await rest(payload, 'DELETE', `/sources/${draft.id}`, { headers: other.headers })).status).toBe(403)
    expect((await rest(payload, 'DELETE', `/sources/${draft.id}`, { headers: actors.admin.headers })).status).toBe(200)
    expect(await versions(draft.id)).toEqual([])
    const own = await draftSource(integration, 'editor', { title: title('Own draft') })
    expect((await rest(payload, 'DELETE', `/sources/${own.id}`, { headers: actors.editor.headers })).status).toBe(200)
    expect(await versions(own.id)).toEqual([])
  })
})
