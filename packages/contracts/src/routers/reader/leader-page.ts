import { TRPCError } from '@trpc/server'
import { ZLeaderPageSchema, ZSlugRequestSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic, toTripSummary, TRIP_SUMMARY_QUERY } from './public-read'
import { withoutWithheld, type TCitingTrip } from './withheld'

type TDate = { year?: number | null; month?: number | null; day?: number | null } | null
interface TLeaderDoc {
  slug: string
  name: string
  nativeName?: string | null
  alternateNames?: { name: string }[] | null
  offices?: { title: string; from?: TDate; to?: TDate }[] | null
}
import { visitsByPolity } from './visits'

/** A leader's page: who they were, every approved trip (withheld ones left out), and visits per country. */
export const leaderPage = publicProcedure
  .input(ZSlugRequestSchema)
  .output(ZLeaderPageSchema)
  .query(async ({ ctx, input }) => {
    const { docs } = await findPublic<TLeaderDoc>(ctx.payload, 'leaders', {
      where: { slug: { equals: input.slug } },
      limit: 1,
    })
    const leader = docs[0]
    if (!leader) throw new TRPCError({ code: 'NOT_FOUND', message: `No leader "${input.slug}".` })
    const { docs: all } = await findPublic<TCitingTrip>(ctx.payload, 'trips', {
      ...TRIP_SUMMARY_QUERY,
      where: { leader: { equals: leader.id } },
      sort: ['startsOn', 'id'],
    })
    const trips = await withoutWithheld(ctx.payload, all)
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
      visitsByPolity: await visitsByPolity(ctx.payload, trips as never),
    }
  })
