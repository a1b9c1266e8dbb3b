import { TRPCError } from '@trpc/server'
import { RECORD_TRIPS_PAGE_SIZE, ZLeaderPageSchema, ZRecordTripsRequestSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic, toTripSummary, TRIP_SUMMARY_QUERY } from './public-read'
import { tripPages } from './trip-pages'
import { visitsByPolity } from './visits'
import { withoutWithheld, type TCitingTrip } from './withheld'

type TDate = { year?: number | null; month?: number | null; day?: number | null } | null
interface TLeaderDoc {
  slug: string
  name: string
  nativeName?: string | null
  alternateNames?: { name: string }[] | null
  offices?: { title: string; from?: TDate; to?: TDate }[] | null
}

/**
 * A leader's page: who they were, a page of their approved trips (withheld ones left out), and
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
      findPublic<TCitingTrip>(ctx.payload, 'trips', {
        ...TRIP_SUMMARY_QUERY,
        where: { leader: { equals: leader.id } },
        sort: ['startsOn', 'id'],
        limit: RECORD_TRIPS_PAGE_SIZE,
        page: input.page,
      }),
      ctx.visitCounts.count(leader.id),
    ])
    const pages = tripPages(`leader "${input.slug}"`, page.totalDocs, input.page)
    const trips = await withoutWithheld(ctx.payload, page.docs)
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
      trips: trips.map((doc) => toTripSummary(doc as never)),
      tripPages: pages,
      visitsByPolity: (await visitsByPolity(ctx.payload, counts)).get(leader.id) ?? [],
    }
  })
