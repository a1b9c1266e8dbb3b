import { TRPCError } from '@trpc/server'
import { RECORD_TRIPS_PAGE_SIZE, ZLeaderPageSchema, ZRecordTripsRequestSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic, toTripSummary, idsOf } from './public-read'
import { tripPages } from './trip-pages'
import { visitsByPolity } from './visits'

type TDate = { year?: number | null; month?: number | null; day?: number | null } | null
interface TLeaderDoc {
  slug: string
  name: string
  nativeName?: string | null
  alternateNames?: { name: string }[] | null
  offices?: { title: string; from?: TDate; to?: TDate }[] | null
}

/**
 * A leader's page: who they were, a page of their shown trips (approved, not withheld), and
 * visits per country over all of them, counted in the database.
 */
export const leaderPage = publicProcedure
  .input(ZRecordTripsRequestSchema)
  .output(ZLeaderPageSchema)
  .query(async ({ ctx, input }) => {
    const { docs } = await findPublic<TLeaderDoc>(ctx.payload, 'leaders', {
      where: { slug: { equals: input.slug } },
      limit: 1,
    })
    const leader = docs[0]
    if (!leader) throw new TRPCError({ code: 'NOT_FOUND', message: `No leader "${input.slug}".` })
    const [page, counts] = await Promise.all([
      ctx.shownTrips.page({
        leader: leader.id,
        order: 'chronological',
        offset: (input.page - 1) * RECORD_TRIPS_PAGE_SIZE,
        limit: RECORD_TRIPS_PAGE_SIZE,
        count: true,
      }),
      ctx.visitCounts.count(leader.id),
    ])
    const pages = tripPages(`leader "${input.slug}"`, page.total ?? 0, input.page)
    const trips = await ctx.shownTrips.summaries(idsOf(page.trips))
    return {
      leader: {
        slug: leader.slug,
        name: leader.name,
        nativeName: leader.nativeName ?? null,
        alternateNames: (leader.alternateNames ?? []).map((row) => row.name),
        offices: (leader.offices ?? []).map((office) => ({
          title: office.title,
          from: office.from ?? null,
          to: office.to ?? null,
        })),
      },
      trips: trips.map(toTripSummary),
      tripPages: pages,
      visitsByPolity: (await visitsByPolity(ctx.payload, counts)).get(leader.id) ?? [],
    }
  })
