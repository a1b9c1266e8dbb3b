import { describe, expect, it } from 'vitest'
import { PLACES, REVIEW_EVENTS } from '../slugs'
import type { TActor } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { transitionRecord } from '../workflow/transitionRecord'

const { payload, actors } = await setupIntegration('may_delete_record', { jobs: false })
let seq = 0

/** A place draft saved by `by` over REST, as the admin saves it. */
async function draftBy(by: TActor) {
  const n = ++seq
  const created = await rest(payload, 'POST', `/${PLACES}?draft=true`, {
    headers: by.headers,
    body: { name: `Mistaken place ${n}`, slug: `mistaken-place-${n}` },
  })
  expect(created.status).toBe(201)
  return (created.json!.doc as { id: number }).id
}

const remove = (by: TActor, id: number) => rest(payload, 'DELETE', `/${PLACES}/${id}`, { headers: by.headers })
const exists = async (id: number) =>
  (await payload.count({ collection: PLACES, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
const eventsOf = async (id: number) =>
  (
    await payload.count({
      collection: REVIEW_EVENTS,
      where: { collection: { equals: PLACES }, documentId: { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs

describe('deleting a draft', () => {
  it('should let an editor delete a never-approved draft they worked on, keeping its review events', async () => {
    const id = await draftBy(actors.editor)
    // Submitted, then withdrawn: a draft with a history.
    await transitionRecord(payload, { collection: PLACES, id, action: 'submit', user: actors.editor.user! })
    await transitionRecord(payload, { collection: PLACES, id, action: 'withdraw', user: actors.editor.user! })
    expect(await eventsOf(id)).toBe(2)
    expect((await remove(actors.editor, id)).status).toBe(200)
    expect(await exists(id)).toBe(false)
    expect(await eventsOf(id)).toBe(2)
  })

  it('should refuse the draft to another editor, a reviewer and anyone signed out, and keep it', async () => {
    const id = await draftBy(actors.editor)
    for (const other of [actors.editorReviewer, actors.reviewer]) expect((await remove(other, id)).status).toBe(403)
    expect((await remove(actors.anonymous, id)).status).toBe(403)
    expect(await exists(id)).toBe(true)
  })

  it('should refuse an editor’s draft while it is in a reviewer’s hands', async () => {
    const id = await draftBy(actors.editor)
    await transitionRecord(payload, { collection: PLACES, id, action: 'submit', user: actors.editor.user! })
    expect((await remove(actors.editor, id)).status).toBe(403)
    expect(await exists(id)).toBe(true)
  })

  it('should refuse a record that was ever approved to everyone, its editor and admins included', async () => {
    const id = await draftBy(actors.editor)
    await transitionRecord(payload, { collection: PLACES, id, action: 'submit', user: actors.editor.user! })
    await transitionRecord(payload, { collection: PLACES, id, action: 'approve', user: actors.reviewer.user! })
    // A new draft after the approval: the editor's again, but the record has a public history.
    const version = (await payload.findByID({ collection: PLACES, id, draft: true, overrideAccess: true })).updatedAt
    const edited = await rest(payload, 'PATCH', `/${PLACES}/${id}?draft=true`, {
      headers: actors.editor.headers,
      body: { name: 'Renamed place', updatedAt: version },
    })
    expect(edited.status).toBe(200)
    for (const by of [actors.editor, actors.admin]) {
      const refused = await remove(by, id)
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.json)).toContain('cannot be deleted')
    }
    expect(await exists(id)).toBe(true)
  })
})
