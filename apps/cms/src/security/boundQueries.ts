import { hasRole, ROLES } from '@itinera/contracts/roles'
import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'

/** The most documents one anonymous REST or GraphQL list request may ask for. */
export const MAX_PUBLIC_LIMIT = 100

/**
 * Anyone who is not staff reads lists a page at a time: `limit` at most MAX_PUBLIC_LIMIT, and
 * neither `limit=0` nor `pagination=false` (both mean "the whole collection"). Answers 400 naming
 * the parameter. Only the caller's own query is bounded: the Local API is this server's own code
 * (the reader's procedures, which bound their own reads), a hook's query inside a request skips
 * access, and Payload populates relationships (its dataloader) by reading the related documents by
 * id with pagination off and errors disabled, bounded by the documents being answered.
 */
export const boundPublicQuery: CollectionBeforeOperationHook = ({ args, req }) => {
  const { limit, pagination, overrideAccess, disableErrors } = args as {
    limit?: unknown
    pagination?: unknown
    overrideAccess?: boolean
    disableErrors?: boolean
  }
  if (req.payloadAPI === 'local' || overrideAccess === true || disableErrors === true || hasRole(req.user, ...ROLES))
    return args
  if (pagination === false)
    throw new APIError('pagination=false is for staff only: read the list a page at a time.', 400)
  if (limit === 0) throw new APIError(`limit=0 is for staff only: ask for at most ${MAX_PUBLIC_LIMIT}.`, 400)
  if (typeof limit === 'number' && limit > MAX_PUBLIC_LIMIT)
    throw new APIError(`limit ${limit} is above the maximum of ${MAX_PUBLIC_LIMIT}.`, 400)
  return args
}

/** Adds `boundPublicQuery` to every collection of the config. */
export const boundPublicQueries: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [boundPublicQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
