import { TRPCError } from '@trpc/server'
import { ZTripListRequestSchema, ZTripListResponseSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic, toTripSummary, idsOf } from './public-read'

// Opaque to clients: the page it points at, in this query's order.
const encodeCursor = (page: number) => Buffer.from(JSON.stringify({ page })).toString('base64url')
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 1
  try {
    const { page } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { page: unknown }
    if (Number.isSafeInteger(page) && (page as number) >= 1) return page as number
  } catch {
    // fall through to the error below
  }
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: 'cursor: not a cursor this API gave out; start again without one.',
  })
}

/**
 * Approved trips, filtered by leader, country, decade, kind or certainty, a page at a time
 * (withheld trips left out by the host's query, so every page but the last is full).
 */
export const listTrips = publicProcedure
  .input(ZTripListRequestSchema)
  .output(ZTripListResponseSchema)
  .query(async ({ ctx, input }) => {
    const idBySlug = async (collection: 'leaders' | 'polities', slug: string) => {
      const { docs } = await findPublic(ctx.payload, collection, {
        where: { slug: { equals: slug } },
        limit: 1,
        select: { slug: true },
      })
      if (!docs[0])
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `${collection === 'leaders' ? 'leader' : 'polity'}: no "${slug}".`,
        })
      return docs[0].id
    }
    const page = decodeCursor(input.cursor)
    // One id more than the page tells whether another page follows.
    const { trips: found } = await ctx.shownTrips.page({
      leader: input.leader ? await idBySlug('leaders', input.leader) : undefined,
      polity: input.polity ? await idBySlug('polities', input.polity) : undefined,
      startsFrom: input.decade === undefined ? undefined : `${input.decade}-01-01T00:00:00.000Z`,
      startsBefore: input.decade === undefined ? undefined : `${input.decade + 10}-01-01T00:00:00.000Z`,
      kind: input.kind,
      certainty: input.certainty,
      order: input.order,
      offset: (page - 1) * input.limit,
      limit: input.limit + 1,
    })
    const trips = await ctx.shownTrips.summaries(idsOf(found.slice(0, input.limit)))
    return {
      trips: trips.map(toTripSummary),
      nextCursor: found.length > input.limit ? encodeCursor(page + 1) : null,
    }
  })
