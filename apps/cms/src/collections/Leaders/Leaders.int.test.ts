import { createCaller } from '@itinera/contracts'
import { TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { LEADERS } from '../../slugs'
import type { TActor, TActorName } from '../../test/actors'
import { setupIntegration } from '../../test/integration'
import { submitAndApprove } from '../../test/workflow'
import { createContext } from '../../trpc/createContext'

// The policy under test: anyone reads approved leaders; editors (and admins) create them as drafts.
const MAY_CREATE: Record<TActorName, boolean> = {
  anonymous: false,
  admin: true,
  editor: true,
  reviewer: false,
  editorReviewer: true,
}

const server = await setupIntegration('leaders')
const { actors } = server

const callerFor = async (actor: TActor) => createCaller(await createContext(server.payload, actor.headers))
let counter = 0
const newLeader = () => ({ slug: `leader-${++counter}`, name: `Leader ${counter}` })

describe('leaders: who may create', () => {
  it.each(Object.entries(MAY_CREATE) as [TActorName, boolean][])(
    'should let %s create through the Local API: %s',
    async (name, allowed) => {
      const { payload } = server
      const attempt = payload.create({
        collection: LEADERS,
        data: newLeader(),
        overrideAccess: false,
        user: actors[name].user,
      })
      if (allowed) await expect(attempt).resolves.toMatchObject({ id: expect.any(Number) })
      else await expect(attempt).rejects.toMatchObject({ status: 403 })
    },
  )

  it.each(Object.entries(MAY_CREATE) as [TActorName, boolean][])(
    'should let %s create through tRPC: %s',
    async (name, allowed) => {
      const caller = await callerFor(actors[name])
      const attempt = caller.leaders.create(newLeader())
      if (allowed) await expect(attempt).resolves.toMatchObject({ slug: expect.stringMatching(/^leader-/) })
      else await expect(attempt).rejects.toMatchObject({ code: name === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN' })
    },
  )
})

describe('leaders through tRPC', () => {
  it('should list approved leaders, and only those, to anonymous readers with public fields only', async () => {
    const draft = await (await callerFor(actors.editor)).leaders.create(newLeader())
    const approved = await (await callerFor(actors.editor)).leaders.create(newLeader())
    await submitAndApprove(server, LEADERS, approved.id)
    const caller = await callerFor(actors.anonymous)
    const { leaders, total } = await caller.leaders.list()
    expect(leaders.map((leader) => leader.slug)).toContain(approved.slug)
    expect(leaders.map((leader) => leader.slug)).not.toContain(draft.slug)
    expect(leaders).toHaveLength(total)
    for (const leader of leaders) expect(Object.keys(leader).sort()).toEqual(['id', 'name', 'nativeName', 'slug'])
  })

  it('should name the field when the input is invalid, and save nothing', async () => {
    const caller = await callerFor(actors.editor)
    const before = await server.payload.count({ collection: LEADERS })
    const error = await caller.leaders.create({ slug: 'Not A Slug', name: 'X' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect((error as TRPCError).message).toContain('slug')
    expect(await server.payload.count({ collection: LEADERS })).toEqual(before)
  })

  it('should refuse a duplicate slug with a message naming the field', async () => {
    const caller = await callerFor(actors.editor)
    await caller.leaders.create({ slug: 'kim-il-sung', name: 'Kim Il Sung' })
    const error = await caller.leaders.create({ slug: 'kim-il-sung', name: 'Someone else' }).catch((e: unknown) => e)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect((error as TRPCError).message).toMatch(/slug/)
  })
})
