import { callPayload } from '../../payload-errors'
import { ZHistoryResponseSchema, ZRecordRefSchema, ZReviewEventSchema } from '../../schemas/editorial'
import { staffProcedure } from '../../trpc'

/** Every workflow step of a record, oldest first. Staff only. */
export const history = staffProcedure
  .input(ZRecordRefSchema)
  .output(ZHistoryResponseSchema)
  .query(async ({ ctx, input }) => {
    const { payload, user } = ctx
    const { docs } = await callPayload(() =>
      payload.find({
        collection: 'review-events',
        where: { collection: { equals: input.collection }, documentId: { equals: input.id } },
        sort: 'createdAt',
        depth: 0,
        limit: 0,
        overrideAccess: false,
        user,
      }),
    )
    // Staff may not read each other's accounts, but may see who acted: names only.
    const actorIds = [
      ...new Set(docs.map((event) => (event as { actor?: number | null }).actor).filter((id) => id != null)),
    ]
    const { docs: actors } = await payload.find({
      collection: 'users',
      where: { id: { in: actorIds } },
      select: { name: true },
      depth: 0,
      limit: actorIds.length,
      overrideAccess: true,
    })
    const nameOf = new Map(actors.map((actor) => [actor.id, String((actor as { name?: string }).name ?? '')]))
    return {
      events: docs.map((event) => {
        const actor = (event as { actor?: number | null }).actor
        return ZReviewEventSchema.parse({
          ...event,
          actor: actor == null ? null : { id: actor, name: nameOf.get(actor) ?? '' },
        })
      }),
    }
  })
