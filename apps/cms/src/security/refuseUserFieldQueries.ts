import { hasRole } from '@itinera/contracts/roles'
import {
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Payload,
  type Plugin,
  QueryError,
  type Sort,
  type Where,
} from 'payload'
import { USERS } from '../slugs'
import { sortPaths, whereConditions } from '../validation/where'

// Operations whose arguments carry a `where` or a `sort` chosen by the caller.
// (Payload reports a versions query as `read`, and its paths start with `version.`.)
const QUERYING = new Set(['read', 'count', 'readDistinct', 'countVersions', 'update', 'delete'])

/** Every field path a `where` names, through `and`/`or`. */
const wherePaths = (where: Where | undefined): string[] => whereConditions(where).map(({ path }) => path)

/**
 * Whether `segments`, read from `fields`, go through a relationship to users into one of their
 * fields (`editedBy.email`, `version.actor.roles`, `leader.editedBy.name`). The relationship's own
 * value (`editedBy`, `editedBy.id`, a polymorphic `user.relationTo`/`user.value`) is not.
 */
function reachesUserField(payload: Payload, fields: FlattenedField[], segments: string[]): boolean {
  const [name, ...rest] = segments
  if (rest.length === 0) return false
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return false
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      // A numeric segment is an array row.
      return reachesUserField(payload, field.flattenedFields, /^\d+$/.test(rest[0]!) ? rest.slice(1) : rest)
    case 'blocks':
      return field.blocks.some((block) => reachesUserField(payload, block.flattenedFields, rest))
    case 'relationship':
    case 'upload':
    case 'join': {
      const targets = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
      const polymorphic = field.type !== 'join' && Array.isArray(field.relationTo)
      const inside = polymorphic && rest[0] === 'value' ? rest.slice(1) : rest
      if (inside.length === 0 || (inside.length === 1 && (inside[0] === 'id' || inside[0] === 'relationTo')))
        return false
      return targets.some((slug) =>
        slug === USERS
          ? true
          : reachesUserField(payload, payload.collections[slug]?.config.flattenedFields ?? [], inside),
      )
    }
    default:
      return false
  }
}

/**
 * Users may read only their own account, so nobody but an admin may filter or sort on users'
 * fields through a relationship either: `where[editedBy.email][like]=a` would spell out, letter by
 * letter, what reading the account would refuse. Answers 400 naming the path, on every collection
 * and every API (REST, GraphQL, the Local API with access checked).
 */
export const refuseUserFieldQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { overrideAccess, where, sort } = args as { overrideAccess?: boolean; where?: Where; sort?: Sort }
  if (!QUERYING.has(operation) || overrideAccess === true || hasRole(req.user, 'admin')) return args
  const refused = [...wherePaths(where), ...sortPaths(sort)].filter((path) => {
    const segments = path.split('.')
    return (
      reachesUserField(req.payload, collection.flattenedFields, segments) ||
      (segments[0] === 'version' && reachesUserField(req.payload, collection.flattenedFields, segments.slice(1)))
    )
  })
  if (refused.length > 0) throw new QueryError(refused.map((path) => ({ path })))
  return args
}

/** Adds `refuseUserFieldQuery` to every collection of the config. */
export const refuseUserFieldQueries: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUserFieldQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
