import { executeAccess, type CollectionSlug, type PayloadRequest } from 'payload'

/**
 * Whether the request's user may update this record: the collection's own `update` access,
 * evaluated for the record as Payload does before an update (a `Where` answer must match it).
 * False for a collection or record that does not exist.
 */
export async function mayUpdateRecord(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return false
  const access = await executeAccess({ id, req, disableErrors: true }, config.access.update)
  if (!access) return false
  const record = { id: { equals: id } }
  const { totalDocs } = await req.payload.count({
    collection: config.slug,
    where: access === true ? record : { and: [record, access] },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}
