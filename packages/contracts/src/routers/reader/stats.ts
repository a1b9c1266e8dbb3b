import { ZStatsSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'
import { findPublic } from './public-read'
import { visitsByPolity } from './visits'

interface TTripDoc {
  leader: number
  stops?: { polity?: number | null }[] | null
}

/** Per leader: approved trips and visits per country (for the home page's map and tables). */
export const stats = publicProcedure.output(ZStatsSchema).query(async ({ ctx }) => {
  const [leaders, trips] = await Promise.all([
    findPublic<{ slug: string; name: string; nativeName?: string | null }>(ctx.payload, 'leaders', {
      sort: 'name',
      select: { slug: true, name: true, nativeName: true },
    }),
    findPublic<TTripDoc>(ctx.payload, 'trips', { select: { leader: true, stops: { polity: true } } }),
  ])
  return {
    leaders: await Promise.all(
      leaders.docs.map(async (leader) => {
        const theirs = trips.docs.filter((trip) => trip.leader === leader.id)
        return {
          slug: leader.slug,
          name: leader.name,
          nativeName: leader.nativeName ?? null,
          trips: theirs.length,
          visitsByPolity: await visitsByPolity(ctx.payload, theirs),
        }
      }),
    ),
  }
})
