import { TRPCError } from '@trpc/server'
import type { Where } from 'payload'
import { ZTripListRequestSchema, ZTripListResponseSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic, toTripSummary, TRIP_SUMMARY_QUERY } from './public-read'
import { withoutWithheld, type TCitingTrip } from './withheld'

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
 * (withheld trips left out, so a page may hold fewer than `limit`).
 */
export const listTrips = publicProcedure
  .input(ZTripListRequestSchema)
  .output(ZTripListResponseSchema)
  .query(async ({ ctx, input }) => {
    const filters: Where[] = []
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
    if (input.leader) filters.push({ leader: { equals: await idBySlug('leaders', input.leader) } })
    if (input.polity) filters.push({ 'stops.polity': { equals: await idBySlug('polities', input.polity) } })
    if (input.decade !== undefined) {
      filters.push(
        { startsOn: { greater_than_equal: `${input.decade}-01-01T00:00:00.000Z` } },
        { startsOn: { less_than: `${input.decade + 10}-01-01T00:00:00.000Z` } },
      )
    }
    if (input.kind) filters.push({ kind: { equals: input.kind } })
    if (input.certainty) filters.push({ certainty: { equals: input.certainty } })
    const page = decodeCursor(input.cursor)
    const result = await findPublic<TCitingTrip>(ctx.payload, 'trips', {
      ...TRIP_SUMMARY_QUERY,
      where: { and: filters },
      sort: input.order === 'recently_approved' ? ['-approvedAt', '-id'] : ['startsOn', 'id'],
      limit: input.limit,
      page,
    })
    return {
      trips: (await withoutWithheld(ctx.payload, result.docs)).map((doc) => toTripSummary(doc as never)),
      nextCursor: result.hasNextPage ? encodeCursor(page + 1) : null,
    }
  })
