import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'
import { REVIEW_EVENTS, SOURCES } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import {
  approvedSource,
  draftSource,
  latestVersion,
  publicVersion,
  saveDraft,
  step,
  versionsOf,
} from '../test/workflow'

const integration = await setupIntegration('restore_version')
const { payload, actors } = integration

const latest = (id: number) => latestVersion(integration, SOURCES, id)
const publicSource = (id: number) => publicVersion(integration, SOURCES, id)
const versions = (id: number) => versionsOf(integration, SOURCES, id)
const eventCount = async (id: number) =>
  (
    await payload.count({
      collection: REVIEW_EVENTS,
      where: { collection: { equals: SOURCES }, documentId: { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs
/** The first version whose title is `title`: what someone picks in the admin's version history. */
const versionTitled = async (id: number, title: string) =>
  (await versions(id)).find((version) => version.version.title === title)!
const restore = (
  name: TActorName,
  versionId: number | string,
  { draft = true, ifMatch }: { draft?: boolean; ifMatch?: string } = {},
) =>
  rest(payload, 'POST', `/sources/versions/${versionId}${draft ? '?draft=true' : ''}`, {
    headers: new Headers([...actors[name].headers, ...(ifMatch ? [['if-match', ifMatch] as [string, string]] : [])]),
  })
const messageOf = (response: { json: Record<string, unknown> | null }) =>
  (response.json?.errors as { message: string }[] | undefined)?.[0]?.message
const idsOf = (editors: unknown) =>
  ((editors ?? []) as (number | { id: number })[]).map((e) => (typeof e === 'number' ? e : e.id))

let counter = 0
const title = (what: string) => `${what} ${++counter}`

describe('restoring a version over REST', () => {
  it('should refuse a restore that is not a draft, leaving the public version and the history as they were (observation 1)', async () => {
    const approved = await approvedSource(integration, { title: title('Approved report') })
    const version = (await latest(approved.id)).updatedAt
    await saveDraft(integration, SOURCES, approved.id, { title: 'Unreviewed rewrite', updatedAt: version }, 'editor')
    const draftVersion = await versionTitled(approved.id, 'Unreviewed rewrite')
    const before = { versions: (await versions(approved.id)).length, events: await eventCount(approved.id) }

    const response = await restore('editor', draftVersion.id, {
      draft: false,
      ifMatch: (await latest(approved.id)).updatedAt,
    })
    expect(response.status).toBe(400)
    expect(messageOf(response)).toMatch(/restore as a draft \(\?draft=true\)/)
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
    expect({ versions: (await versions(approved.id)).length, events: await eventCount(approved.id) }).toEqual(before)
  })

  it('should make a draft restore name the latest version: 428 without it, 409 naming who changed it when stale', async () => {
    const source = await draftSource(integration, 'editor', { title: title('First wording') })
    const first = source.updatedAt
    await saveDraft(integration, SOURCES, source.id, { title: 'Second wording', updatedAt: first }, 'admin')
    const firstVersion = await versionTitled(source.id, source.title)

    const unnamed = await restore('editor', firstVersion.id)
    expect(unnamed.status).toBe(428)
    expect(messageOf(unnamed)).toMatch(/Say which version the restore replaces/)
    const stale = await restore('editor', firstVersion.id, { ifMatch: first })
    expect(stale.status).toBe(409)
    expect(messageOf(stale)).toMatch(/^This source changed after you loaded it: admin saved it at /)
    expect((await latest(source.id)).title).toBe('Second wording')

    const restored = await restore('editor', firstVersion.id, { ifMatch: (await latest(source.id)).updatedAt })
    expect(restored.status).toBe(200)
    expect(await latest(source.id)).toMatchObject({ title: source.title, _status: 'draft', reviewState: 'draft' })
  })

  it('should only ever add a draft: the approved version stays public and the record stays approved until review', async () => {
    const approved = await approvedSource(integration, { title: title('Public wording') })
    await saveDraft(
      integration,
      SOURCES,
      approved.id,
      { title: 'Draft wording', updatedAt: (await latest(approved.id)).updatedAt },
      'editor',
    )
    const publishedVersion = await versionTitled(approved.id, approved.title)
    const response = await restore('editor', publishedVersion.id, { ifMatch: (await latest(approved.id)).updatedAt })
    expect(response.status).toBe(200)
    expect(await latest(approved.id)).toMatchObject({ title: approved.title, _status: 'draft', reviewState: 'draft' })
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
  })

  it('should refuse a restore on a record in review, like an edit', async () => {
    const source = await draftSource(integration, 'editor', { title: title('Under review') })
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    const [first] = await versions(source.id)
    const response = await restore('editor', first!.id, { ifMatch: (await latest(source.id)).updatedAt })
    expect(response.status).toBe(409)
    expect(messageOf(response)).toMatch(/withdraw it before editing/)
    expect((await latest(source.id)).reviewState).toBe('in_review')
  })

  it('should count the restored text’s authors as editors: the admin cannot approve their own old text (observation 3)', async () => {
    // The admin writes a summary, an editor overwrites it, a reviewer approves the editor's text.
    const source = await draftSource(integration, 'admin', { title: title('Admin’s wording') })
    await saveDraft(
      integration,
      SOURCES,
      source.id,
      { title: 'Editor’s wording', updatedAt: source.updatedAt },
      'editor',
    )
    await step(integration, SOURCES, source.id, 'submit', 'editor')
    await step(integration, SOURCES, source.id, 'approve', 'reviewer', {
      version: (await latest(source.id)).updatedAt,
    })
    // The editor restores the admin's old draft as a new draft and submits it.
    const adminsVersion = await versionTitled(source.id, source.title)
    const response = await restore('editor', adminsVersion.id, { ifMatch: (await latest(source.id)).updatedAt })
    expect(response.status).toBe(200)
    const restored = await latest(source.id)
    expect(restored.title).toBe(source.title)
    expect(idsOf(restored.editedBy)).toEqual([actors.admin.user!.id, actors.editor.user!.id])
    await step(integration, SOURCES, source.id, 'submit', 'editor')

    await expect(
      step(integration, SOURCES, source.id, 'approve', 'admin', { version: (await latest(source.id)).updatedAt }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('four-eyes') })
    await expect(
      step(integration, SOURCES, source.id, 'approve', 'reviewer', { version: (await latest(source.id)).updatedAt }),
    ).resolves.toMatchObject({ reviewState: 'approved' })
  })
})

describe('restoring a version over GraphQL and the Local API', () => {
  const restoreVersionSource = async (id: string | number, draft: boolean, ifMatch?: string) => {
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${payload.config.serverURL}/api/graphql`, {
        method: 'POST',
        headers: new Headers([
          ...actors.editor.headers,
          ['content-type', 'application/json'],
          ...(ifMatch ? [['if-match', ifMatch] as [string, string]] : []),
        ]),
        body: JSON.stringify({
          query: 'mutation($id: Int!, $draft: Boolean) { restoreVersionSource(id: $id, draft: $draft) { id title } }',
          variables: { id: Number(id), draft },
        }),
      }),
    )
    return (await response.json()) as {
      data?: { restoreVersionSource: { title: string } | null }
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
  }

  it('should apply the same rules to restoreVersionSource', async () => {
    const approved = await approvedSource(integration, { title: title('GraphQL public') })
    await saveDraft(
      integration,
      SOURCES,
      approved.id,
      { title: 'GraphQL draft', updatedAt: (await latest(approved.id)).updatedAt },
      'editor',
    )
    const draftVersion = await versionTitled(approved.id, 'GraphQL draft')
    const current = (await latest(approved.id)).updatedAt
    expect((await restoreVersionSource(draftVersion.id, false, current)).errors?.[0]?.extensions?.statusCode).toBe(400)
    expect((await restoreVersionSource(draftVersion.id, true)).errors?.[0]?.extensions?.statusCode).toBe(428)
    expect(
      (await restoreVersionSource(draftVersion.id, true, approved.updatedAt)).errors?.[0]?.extensions?.statusCode,
    ).toBe(409)
    expect((await restoreVersionSource(draftVersion.id, true, current)).data?.restoreVersionSource?.title).toBe(
      'GraphQL draft',
    )
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
  })

  it('should refuse every Local API restore: Payload 3.90 passes no draft option through, so it would write the public version', async () => {
    const approved = await approvedSource(integration, { title: title('Local public') })
    const [first] = await versions(approved.id)
    for (const user of [actors.editor.user, actors.admin.user]) {
      await expect(
        payload.restoreVersion({
          collection: SOURCES,
          id: first!.id,
          draft: true,
          overrideAccess: false,
          user,
        } as never),
      ).rejects.toMatchObject({ status: 400 })
    }
    expect(await publicSource(approved.id)).toMatchObject({ title: approved.title, _status: 'published' })
  })
})
