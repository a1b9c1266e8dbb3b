import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { ZSlugSchema } from '../../schemas/leader'
import { publicProcedure } from '../../trpc'
import { findPublic } from './public-read'

/** Trips per sitemap file: the protocol allows 50,000 URLs; this keeps each answer under 1 MB. */
export const SITEMAP_PAGE_SIZE = 5_000

const ZSitemapSchema = z.object({
  pages: z.number().int(),
  trips: z.array(z.object({ slug: ZSlugSchema, approvedAt: z.string().nullable() })),
  /** On page 1 only: the other public pages. */
  leaders: z.array(ZSlugSchema),
  polities: z.array(ZSlugSchema),
  sources: z.array(z.number().int()),
})

/** What the sitemap lists, a file at a time: slugs and ids of shown trips as the host's page query finds them, never documents. */
export const sitemap = publicProcedure
  .input(z.object({ page: z.number().int().min(1).max(10_000).default(1) }).default({ page: 1 }))
  .output(ZSitemapSchema)
  .query(async ({ ctx, input }) => {
    const page = await ctx.shownTrips.page({
      order: 'chronological',
      offset: (input.page - 1) * SITEMAP_PAGE_SIZE,
      limit: SITEMAP_PAGE_SIZE,
      count: true,
    })
    const pages = Math.max(1, Math.ceil((page.total ?? 0) / SITEMAP_PAGE_SIZE))
    if (input.page > pages)
      throw new TRPCError({ code: 'NOT_FOUND', message: `page: the sitemap has ${pages} page(s).` })
    const first = input.page === 1
    const [leaders, polities, sources] = first
      ? await Promise.all([
          findPublic<{ slug: string }>(ctx.payload, 'leaders', { select: { slug: true }, sort: 'slug' }),
          findPublic<{ slug: string }>(ctx.payload, 'polities', { select: { slug: true }, sort: 'slug' }),
          findPublic(ctx.payload, 'sources', { select: { id: true }, sort: 'id' }),
        ])
      : [{ docs: [] }, { docs: [] }, { docs: [] }]
    return {
      pages,
      trips: page.trips.map((trip) => ({ slug: trip.slug, approvedAt: trip.approvedAt })),
      leaders: leaders.docs.map((leader) => leader.slug),
      polities: polities.docs.map((polity) => polity.slug),
      sources: sources.docs.map((source) => source.id),
    }
  })
