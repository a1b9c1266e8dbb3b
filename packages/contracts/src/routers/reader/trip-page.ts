import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { ZSlugRequestSchema } from '../../schemas/public-reader'
import { ZPublicTripSchema, type TPublicTrip } from '../../schemas/public-trip'
import { sourcesDiffer } from '../../sources-differ'
import { publicProcedure } from '../../trpc'
import { findPublic, type TLooseDoc } from './public-read'

/** A trip document (populated one level) as the public read model, with where its sources differ. */
const toPublicTrip = (doc: TLooseDoc): TPublicTrip =>
  ZPublicTripSchema.parse({ ...doc, sourcesDiffer: sourcesDiffer(doc as Parameters<typeof sourcesDiffer>[0]) })

/**
 * One trip as the reader shows it: the approved version only, whoever asks (staff preview
 * drafts in the admin), with its citations, sources and the facts on which they differ.
 * Related records that are not approved (a source with no approved version) stay unpopulated.
 */
export const tripPage = publicProcedure
  .input(ZSlugRequestSchema)
  .output(ZPublicTripSchema)
  .query(async ({ ctx, input }) => {
    const { docs } = await findPublic(ctx.payload, 'trips', {
      where: { slug: { equals: input.slug } },
      depth: 1,
      limit: 1,
    })
    if (!docs[0]) throw new TRPCError({ code: 'NOT_FOUND', message: `No published trip "${input.slug}".` })
    return toPublicTrip(docs[0])
  })

/** Trips per page of the export: each trip carries its sources in full, so pages stay small. */
export const EXPORT_PAGE_SIZE = 25

/**
 * Every approved trip in full, for the open-data exports (JSON, CSV) and the sitemap, in
 * chronological order, a page at a time: the reader streams the pages, so an export of any
 * size is never held in memory at once.
 */
export const exportTrips = publicProcedure
  .input(z.object({ page: z.number().int().min(1).max(10_000_000).default(1) }).default({ page: 1 }))
  .output(z.object({ trips: z.array(ZPublicTripSchema), nextPage: z.number().int().nullable() }))
  .query(async ({ ctx, input }) => {
    const { docs, hasNextPage } = await findPublic(ctx.payload, 'trips', {
      depth: 1,
      sort: ['startsOn', 'id'],
      limit: EXPORT_PAGE_SIZE,
      page: input.page,
    })
    return { trips: docs.map(toPublicTrip), nextPage: hasNextPage ? input.page + 1 : null }
  })
