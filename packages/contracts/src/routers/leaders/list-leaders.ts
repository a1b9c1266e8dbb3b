import { ZLeaderSchema, ZListLeadersResponseSchema } from '../../schemas/leader'
import { callPayload } from '../../payload-errors'
import { publicProcedure } from '../../trpc'

/** Every leader, in name order; public fields only. */
export const listLeaders = publicProcedure.output(ZListLeadersResponseSchema).query(async ({ ctx }) => {
  const { payload, user } = ctx
  const result = await callPayload(() =>
    payload.find({ collection: 'leaders', sort: 'name', limit: 100, depth: 0, overrideAccess: false, user }),
  )
  return { leaders: result.docs.map((doc) => ZLeaderSchema.parse(doc)), total: result.totalDocs }
})
