import { beforeAll, describe, expect, it } from 'vitest'
import { USERS } from '../../slugs'
import { createActors, type TActor, type TActorName } from '../../test/actors'
import { setupIntegration } from '../../test/integration'
import { rest } from '../../test/rest'

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
      // Answered like a wrong password (security/limitSignIns.int.test.ts compares the HTTP answers).
      await expect(
        server.payload.login({ collection: USERS, data: { email, password: 'correct horse battery staple' } }),
      ).rejects.toMatchObject({ name: 'AuthenticationError', message: 'The email or password provided is incorrect.' })
      const stored = await server.payload.find({
        collection: USERS,
        where: { email: { equals: email } },
        showHiddenFields: true,
      })
      expect(new Date(stored.docs[0]!.lockUntil!).getTime()).toBeGreaterThan(Date.now())
    })

    const signIn = (email: string, password: string) =>
      server.payload.login({ collection: USERS, data: { email, password } }).then(
        (result) => Boolean(result.token),
        () => false,
      )

    it('should change one’s own password only with the current one', async () => {
      const me = actors.editorReviewer
      const patch = (body: Record<string, unknown>) =>
        rest(server.payload, 'PATCH', `/${USERS}/${me.user!.id}`, { headers: me.headers, body })
      const missing = await patch({ password: 'a new long password' })
      expect(missing.status).toBe(400)
      expect(missing.json).toMatchObject({
        errors: [
          { data: { errors: [{ path: 'currentPassword', message: 'Enter your current password to change it.' }] } },
        ],
      })
      const wrong = await patch({ password: 'a new long password', currentPassword: 'not it' })
      expect(wrong.status).toBe(400)
      expect(wrong.json).toMatchObject({
        errors: [{ data: { errors: [{ path: 'currentPassword', message: 'The current password is not correct.' }] } }],
      })
      expect(await signIn(me.user!.email, 'a new long password')).toBe(false)
      // Other changes need no password.
      expect((await patch({ name: 'Renamed' })).status).toBe(200)
      const changed = await patch({ password: 'a new long password', currentPassword: 'correct horse battery staple' })
      expect(changed.status).toBe(200)
      expect(changed.json).not.toHaveProperty('doc.currentPassword')
      expect(await signIn(me.user!.email, 'a new long password')).toBe(true)
      expect(await signIn(me.user!.email, 'correct horse battery staple')).toBe(false)
    })

    it("should let an admin set another user's password without theirs, but not the admin's own", async () => {
      const { admin } = actors
      const colleague = await server.payload.create({
        collection: USERS,
        data: {
          email: 'colleague@example.org',
          password: 'a long enough password',
          name: 'Colleague',
          roles: ['editor'],
        },
        overrideAccess: true,
      })
      const reset = await rest(server.payload, 'PATCH', `/${USERS}/${colleague.id}`, {
        headers: admin.headers,
        body: { password: 'set by the admin' },
      })
      expect(reset.status).toBe(200)
      expect(await signIn('colleague@example.org', 'set by the admin')).toBe(true)
      const own = await rest(server.payload, 'PATCH', `/${USERS}/${admin.user!.id}`, {
        headers: admin.headers,
        body: { password: 'a new admin password' },
      })
      expect(own.status).toBe(400)
    })
  })
})
