import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { TRIPS } from '../../../slugs'

/** A cited source stays: deleting it would leave facts unsupported. Says who cites it. */
export const refuseDeletingCitedSource: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const citing = await req.payload.find({
    collection: TRIPS,
    where: { 'citations.source': { equals: id } },
    draft: true,
    depth: 0,
    limit: 10,
    req,
    overrideAccess: true,
  })
  if (citing.totalDocs > 0) {
    const titles = citing.docs.map((trip) => `"${trip.title}"`).join(', ')
    throw new APIError(
      `This source is cited by ${citing.totalDocs} trip(s): ${titles}. Remove those citations first.`,
      409,
      null,
      true,
    )
  }
}
