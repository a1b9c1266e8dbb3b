import { ZCreateLeaderRequestSchema, ZLeaderSchema } from '../../schemas/leader'
import { callPayload } from '../../payload-errors'
import { editorProcedure } from '../../trpc'

/** Adds a leader; editors and admins only, under the collection's own access rules. */
export const createLeader = editorProcedure
  .input(ZCreateLeaderRequestSchema)
  .output(ZLeaderSchema)
  .mutation(async ({ ctx, input }) => {
    const { payload, user } = ctx
    const doc = await callPayload(() =>
      payload.create({ collection: 'leaders', data: input, depth: 0, overrideAccess: false, user }),
    )
    return ZLeaderSchema.parse(doc)
  })
