import { beforeAll, describe, expect, it } from 'vitest'
import { USERS } from '../../slugs'
import { createActors, type TActor, type TActorName } from '../../test/actors'
import { setupIntegration } from '../../test/integration'

// No actors: the first test needs an empty users table.
const server = await setupIntegration('users', { actors: false })

describe('users', () => {
  it('should make the first account of an empty system its admin, whatever roles it asked for', async () => {
    const first = await server.payload.create({
      collection: USERS,
      data: { email: 'founder@example.org', password: 'a long enough password', name: 'Founder', roles: ['editor'] },
      overrideAccess: true,
    })
    expect(first.roles).toEqual(['admin'])
    const second = await server.payload.create({
      collection: USERS,
      data: { email: 'second@example.org', password: 'a long enough password', name: 'Second', roles: ['editor'] },
      overrideAccess: true,
    })
    expect(second.roles).toEqual(['editor'])
  })

  describe('with one account per role', () => {
    let actors: Record<TActorName, TActor>
    beforeAll(async () => {
      actors = await createActors(server.payload)
    })

    it('should not let an editor grant themselves a role', async () => {
      const editor = actors.editor.user!
      const updated = await server.payload.update({
        collection: USERS,
        id: editor.id,
        data: { roles: ['admin', 'reviewer'] },
        overrideAccess: false,
        user: editor,
      })
      expect(updated.roles).toEqual(['editor'])
      const stored = await server.payload.findByID({ collection: USERS, id: editor.id })
      expect(stored.roles).toEqual(['editor'])
    })

    it('should let an admin grant roles', async () => {
      const reviewer = actors.reviewer.user!
      const updated = await server.payload.update({
        collection: USERS,
        id: reviewer.id,
        data: { roles: ['reviewer', 'editor'] },
        overrideAccess: false,
        user: actors.admin.user,
      })
      expect(updated.roles).toEqual(['reviewer', 'editor'])
    })

    it('should show staff only their own account and admins every account', async () => {
      const find = (actor: TActor) =>
        server.payload.find({ collection: USERS, overrideAccess: false, user: actor.user })
      const mine = await find(actors.editor)
      expect(mine.docs.map((doc) => doc.email)).toEqual([actors.editor.user!.email])
      expect((await find(actors.admin)).totalDocs).toBeGreaterThan(2)
      await expect(find(actors.anonymous)).rejects.toMatchObject({ status: 403 })
    })

    it('should not let anyone but an admin create accounts', async () => {
      const data = {
        email: 'new@example.org',
        password: 'a long enough password',
        name: 'New',
        roles: ['editor' as const],
      }
      for (const name of ['anonymous', 'editor', 'reviewer', 'editorReviewer'] as const) {
        await expect(
          server.payload.create({ collection: USERS, data, overrideAccess: false, user: actors[name].user }),
        ).rejects.toMatchObject({ status: 403 })
      }
    })

    it('should lock an account after five failed logins', async () => {
      const email = actors.reviewer.user!.email
      for (let attempt = 0; attempt < 5; attempt++) {
        await expect(server.payload.login({ collection: USERS, data: { email, password: 'wrong' } })).rejects.toThrow()
      }
      await expect(
        server.payload.login({ collection: USERS, data: { email, password: 'correct horse battery staple' } }),
      ).rejects.toMatchObject({ name: 'LockedAuth' })
    })
  })
})
