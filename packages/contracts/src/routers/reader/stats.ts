import { ZStatsSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic } from './public-read'
import { visitsByPolity } from './visits'

/**
 * Per leader: approved trips and visits per country (for the home page's map and tables), counted
 * in the database (TVisitCountsPort): the trips themselves are never read here. Withheld trips
 * (citing a source no longer public) are not counted, as no page shows them.
 */
export const stats = publicProcedure.output(ZStatsSchema).query(async ({ ctx }) => {
  const [leaders, counts] = await Promise.all([
    // Reference data: one row per leader the project covers.
    findPublic<{ slug: string; name: string; nativeName?: string | null }>(ctx.payload, 'leaders', {
      sort: 'name',
      select: { slug: true, name: true, nativeName: true },
    }),
    ctx.visitCounts.count(),
  ])
  const trips = new Map(counts.trips.map((row) => [row.leader, row.trips]))
  const visits = await visitsByPolity(ctx.payload, counts)
  return {
    leaders: leaders.docs.map((leader) => ({
      slug: leader.slug,
      name: leader.name,
      nativeName: leader.nativeName ?? null,
      trips: trips.get(leader.id) ?? 0,
      visitsByPolity: visits.get(leader.id) ?? [],
    })),
  }
})
