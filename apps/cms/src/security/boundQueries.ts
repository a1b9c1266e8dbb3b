import { hasRole, ROLES } from '@itinera/contracts/roles'
import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'

/** The most documents one anonymous REST or GraphQL list request may ask for. */
export const MAX_PUBLIC_LIMIT = 100
/**
 * Trips carry their citations (tens, up to a hundred and more, quotes included): a page of them is
 * held smaller, and is also the page size when a request names none (Payload's default is 10).
 */
export const MAX_PUBLIC_LIMITS: Partial<Record<string, number>> = { trips: 5 }
/** How far an anonymous read populates relationships: one level (a citation's source, not its authors' records). */
export const MAX_PUBLIC_DEPTH = 1
// Payload's page size when a request names none.
const DEFAULT_LIMIT = 10
/**
 * How deep an anonymous list may page: an offset makes the database assemble every row it skips.
 * Whole collections are open data (the reader's /data/trips.json and .csv).
 */
export const MAX_PUBLIC_OFFSET = 1_000

// Text matching (and geometry) scans what it matches against: only a collection's own fields.
const SCANNING_OPERATORS = new Set(['like', 'contains', 'not_like', 'near', 'within', 'intersects', 'all'])
// Fields Payload indexes on every collection, beside those a collection marks `index` or `unique`.
const ALWAYS_INDEXED = ['id', 'createdAt', 'updatedAt']

type TField = { name?: string; type: string; index?: boolean; unique?: boolean; flattenedFields?: TField[] }

/** The top-level fields an anonymous caller may sort a collection by: the indexed ones. */
export function sortableFields(fields: TField[]): string[] {
  const indexed = fields.filter((field) => field.name && (field.index || field.unique)).map((field) => field.name!)
  return [...new Set([...ALWAYS_INDEXED, ...indexed])]
}

/**
 * Whether a `where` path reaches into another collection (`leader.name`,
 * `citations.source.title`): a join per row for the database, and a way to filter on records the
 * caller may not list. Arrays and groups of the collection itself (`stops.polity`) do not.
 */
function crossesRelationship(fields: TField[], path: string): boolean {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || !rest.length) return false
  if (field.type === 'relationship' || field.type === 'upload') return !(rest.length === 1 && rest[0] === 'id')
  return field.flattenedFields ? crossesRelationship(field.flattenedFields, rest.join('.')) : false
}

/** The paths and operators of a `where`, through its `and` / `or` nesting (GraphQL writes `a__b` for `a.b`). */
function* conditions(where: unknown): Generator<[string, string]> {
  if (!where || typeof where !== 'object') return
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const nested of value) yield* conditions(nested)
    } else if (value && typeof value === 'object') {
      for (const operator of Object.keys(value)) yield [key.replaceAll('__', '.'), operator]
    }
  }
}

/**
 * Anyone who is not staff reads lists a page at a time, and only in ways the database answers
 * from an index or one scan of the collection's own rows: `limit` at most MAX_PUBLIC_LIMIT
 * (MAX_PUBLIC_LIMITS for heavy documents), no `limit=0` or `pagination=false` (both mean "the
 * whole collection"), no page past MAX_PUBLIC_OFFSET, sorting on indexed fields only, text
 * matching on the collection's own fields only, no filter that reaches into another collection,
 * and relationships populated MAX_PUBLIC_DEPTH deep at most (a deeper `depth` is read as that).
 * Answers 400 naming the parameter and the reason; a caller the collection's access refuses is
 * left to access control, which answers 403 whatever the parameters. Only the caller's own query is
 * bounded: the Local API is this server's own code (the reader's procedures, which bound their own
 * reads), a hook's query inside a request skips access, and Payload populates relationships (its
 * dataloader) by reading the related documents by id with pagination off and errors disabled,
 * bounded by the documents being answered.
 */
export const boundPublicQuery: CollectionBeforeOperationHook = async ({ args, collection, req }) => {
  const { depth, limit, page, pagination, sort, where, overrideAccess, disableErrors } = args as {
    depth?: unknown
    limit?: unknown
    page?: unknown
    pagination?: unknown
    sort?: unknown
    where?: unknown
    overrideAccess?: boolean
    disableErrors?: boolean
  }
  if (req.payloadAPI === 'local' || overrideAccess === true || disableErrors === true || hasRole(req.user, ...ROLES))
    return args
  // Both version reads map to the hook's 'read'; Payload passes `draft` to document reads only
  // (REST and GraphQL). A collection naming no rule is Payload's default: signed-in callers only.
  const rule = collection.access['draft' in args ? 'read' : 'readVersions']
  if (!(rule ? await rule({ req }) : req.user)) return args
  const slug = collection.slug
  const maxLimit = MAX_PUBLIC_LIMITS[slug] ?? MAX_PUBLIC_LIMIT
  if (pagination === false)
    throw new APIError('pagination=false is for staff only: read the list a page at a time.', 400)
  if (limit === 0) throw new APIError(`limit=0 is for staff only: ask for at most ${maxLimit}.`, 400)
  if (typeof limit === 'number' && limit > maxLimit)
    throw new APIError(`limit ${limit} is above the maximum of ${maxLimit} for ${slug}.`, 400)
  const pageSize = typeof limit === 'number' ? limit : Math.min(DEFAULT_LIMIT, maxLimit)
  if (typeof page === 'number' && (page - 1) * pageSize >= MAX_PUBLIC_OFFSET)
    throw new APIError(
      `page ${page}: lists end after ${MAX_PUBLIC_OFFSET} ${slug}; narrow the query with where, or use the open data (/data/trips.json).`,
      400,
    )
  const fields = collection.flattenedFields as TField[]
  const sortable = sortableFields(fields)
  const sorts = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []) as unknown[]
  for (const entry of sorts) {
    const name = String(entry).trim().replace(/^-/, '')
    if (name && !sortable.includes(name))
      throw new APIError(
        `sort: "${name}" has no index; ${slug} sort by ${sortable.join(', ')} (or sign in as staff).`,
        400,
      )
  }
  for (const [path, operator] of conditions(where)) {
    if (crossesRelationship(fields, path))
      throw new APIError(
        `where[${path}]: filters on another collection's fields are for staff only; filter by its id (where[${path.split('.')[0]}][equals]=…).`,
        400,
      )
    if (SCANNING_OPERATORS.has(operator) && path.includes('.'))
      throw new APIError(
        `where[${path}][${operator}]: ${operator} applies to ${slug}'s own fields only (search the reader for text in its facts).`,
        400,
      )
  }
  return {
    ...args,
    ...(limit === undefined && { limit: pageSize }),
    depth: Math.min(typeof depth === 'number' ? depth : req.payload.config.defaultDepth, MAX_PUBLIC_DEPTH),
  }
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
