import type { CollectionBeforeDeleteHook } from 'payload'
import { LINK_CHECKS } from '../../slugs'

/** A source that may be deleted (never cited, never approved) takes its check history with it, in the same transaction. */
export const deleteLinkChecks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: LINK_CHECKS, where: { source: { equals: id } }, req, overrideAccess: true })
}
