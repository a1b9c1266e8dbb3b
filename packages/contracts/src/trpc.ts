import { initTRPC, TRPCError } from '@trpc/server'
import type { Payload } from 'payload'
import { ZodError } from 'zod'
import { hasRole, ROLES, type TRole } from './roles'
import type { TWorkflowPort } from './schemas/editorial'
import type {
  TCitationChecksPort,
  TSearchPort,
  TShownTripsPort,
  TTripRecordsPort,
  TVisitCountsPort,
} from './schemas/public-reader'

/** The signed-in user as the host resolved it from the request (cookie or API key). */
export interface TSessionUser {
  id: number | string
  email: string
  roles: TRole[]
  collection: 'users'
}

/**
 * Injected by the host app (apps/cms) for each request; this package never imports the CMS.
 * Procedures must call the Local API with `overrideAccess: false, user: ctx.user` so the
 * collection access rules apply to tRPC exactly as to REST and GraphQL.
 */
export interface TContext {
  payload: Payload
  user: TSessionUser | null
  /** Workflow steps, carried out by the host in one transaction for the request's user. */
  workflow: TWorkflowPort
  /** Full-text search over approved content, run by the host in SQL. */
  search: TSearchPort
  /** Trips and visits per leader and country over what a reader may see, counted by the host in SQL. */
  visitCounts: TVisitCountsPort
  /** Pages of the trips a reader may see, found by the host in SQL (ids only). */
  shownTrips: TShownTripsPort
  /** The reviewers' checks of public citations against their sources, read by the host in SQL. */
  citationChecks: TCitationChecksPort
  /** An approved trip's records for its page, read by the host in SQL. */
  tripRecords: TTripRecordsPort
}

const t = initTRPC.context<TContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause
    return {
      ...shape,
      data: {
        ...shape.data,
        // Which field failed and why, for forms and API clients.
        issues: cause instanceof ZodError ? cause.issues.map(({ path, message }) => ({ path, message })) : undefined,
      },
    }
  },
})

export const createTRPCRouter = t.router
export const createCallerFactory = t.createCallerFactory

/** Anyone, signed in or not. Handlers must return only the public read model. */
export const publicProcedure = t.procedure

function requireRole(...roles: TRole[]) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to do this.' })
    if (!hasRole(ctx.user, ...roles)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `This needs the ${roles.filter((r) => r !== 'admin').join(' or ') || 'admin'} role.`,
      })
    }
    return next({ ctx: { ...ctx, user: ctx.user } })
  })
}

/** Signed in with the editor role (admins included); `ctx.user` is never null. */
export const editorProcedure = t.procedure.use(requireRole('editor', 'admin'))

/** Signed in with the reviewer role (admins included); `ctx.user` is never null. */
export const reviewerProcedure = t.procedure.use(requireRole('reviewer', 'admin'))

/** Signed in with any role: staff may read drafts and review history. */
export const staffProcedure = t.procedure.use(requireRole(...ROLES))
