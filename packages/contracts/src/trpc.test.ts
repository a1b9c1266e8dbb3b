import { TRPCError } from '@trpc/server'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { TRole } from './roles'
import {
  createCallerFactory,
  createTRPCRouter,
  editorProcedure,
  publicProcedure,
  reviewerProcedure,
  type TContext,
} from './trpc'

// The base procedures never touch Payload; the unit under test is the role gate.
const probeRouter = createTRPCRouter({
  open: publicProcedure.query(({ ctx }) => ctx.user?.email ?? 'anonymous'),
  edit: editorProcedure.query(({ ctx }) => ctx.user.email),
  review: reviewerProcedure.query(({ ctx }) => ctx.user.email),
})
const callerAs = (roles: TRole[] | null) => {
  const context: TContext = {
    payload: {} as Payload,
    workflow: { transition: () => Promise.reject(new Error('not used here')) },
    search: { search: () => Promise.reject(new Error('not used here')) },
    visitCounts: { count: () => Promise.reject(new Error('not used here')) },
    shownTrips: {
      page: () => Promise.reject(new Error('not used here')),
      summaries: () => Promise.reject(new Error('not used here')),
    },
    citationChecks: { ofTrips: () => Promise.reject(new Error('not used here')) },
    tripRecords: { bySlug: () => Promise.reject(new Error('not used here')) },
    user: roles && { id: 1, email: `${roles.join('+') || 'none'}@example.org`, roles, collection: 'users' },
  }
  return createCallerFactory(probeRouter)(context)
}

const codeOf = async (call: Promise<unknown>) => {
  try {
    await call
    return 'OK'
  } catch (error) {
    return error instanceof TRPCError ? error.code : 'UNEXPECTED'
  }
}

describe('base procedures', () => {
  it('should let anyone call a public procedure', async () => {
    expect(await callerAs(null).open()).toBe('anonymous')
  })

  it.each([
    { roles: null, edit: 'UNAUTHORIZED', review: 'UNAUTHORIZED' },
    { roles: [], edit: 'FORBIDDEN', review: 'FORBIDDEN' },
    { roles: ['editor'], edit: 'OK', review: 'FORBIDDEN' },
    { roles: ['reviewer'], edit: 'FORBIDDEN', review: 'OK' },
    { roles: ['editor', 'reviewer'], edit: 'OK', review: 'OK' },
    { roles: ['admin'], edit: 'OK', review: 'OK' },
  ] satisfies { roles: TRole[] | null; edit: string; review: string }[])(
    'should answer $edit to edit and $review to review for roles $roles',
    async ({ roles, edit, review }) => {
      const caller = callerAs(roles)
      expect(await codeOf(caller.edit())).toBe(edit)
      expect(await codeOf(caller.review())).toBe(review)
    },
  )

  it('should hand the signed-in user to the handler', async () => {
    expect(await callerAs(['editor']).edit()).toBe('editor@example.org')
  })
})
