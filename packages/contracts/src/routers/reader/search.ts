import { ZSearchRequestSchema, ZSearchResponseSchema } from '../../schemas/public-reader'
import { publicProcedure } from '../../trpc'

/** Full-text search over approved trips, places, people, countries and sources. */
export const search = publicProcedure
  .input(ZSearchRequestSchema)
  .output(ZSearchResponseSchema)
  .query(async ({ ctx, input }) => ({ hits: await ctx.search.search(input.q, input.limit) }))
