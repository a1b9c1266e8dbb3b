import { TRPCError } from '@trpc/server'
import { callPayload } from '../../payload-errors'
import { ZSlugRequestSchema } from '../../schemas/public-reader'
import { ZPublicTripSchema } from '../../schemas/public-trip'
import { sourcesDiffer } from '../../sources-differ'
import { publicProcedure } from '../../trpc'

/**
 * One trip as the reader shows it: the approved version only, whoever asks (staff preview
 * drafts in the admin), with its citations, sources and the facts on which they differ.
 */
export const tripPage = publicProcedure
  .input(ZSlugRequestSchema)
  .output(ZPublicTripSchema)
  .query(async ({ ctx, input }) => {
    const result = await callPayload(() =>
      ctx.payload.find({
        collection: 'trips',
        where: { slug: { equals: input.slug }, _status: { equals: 'published' } },
        draft: false,
        depth: 1,
        limit: 1,
        // As an anonymous reader: related records that are not approved stay unpopulated.
        overrideAccess: false,
        user: null,
      }),
    )
    const doc = result.docs[0]
    if (!doc) throw new TRPCError({ code: 'NOT_FOUND', message: `No published trip "${input.slug}".` })
    return ZPublicTripSchema.parse({ ...doc, sourcesDiffer: sourcesDiffer(doc as Parameters<typeof sourcesDiffer>[0]) })
  })
