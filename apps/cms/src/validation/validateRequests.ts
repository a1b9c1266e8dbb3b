import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  type FlattenedField,
  type Payload,
  type Plugin,
  type Sort,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'
import { sortPaths, whereConditions } from './where'

/** Records are numbered by PostgreSQL `serial` columns: 1 up to the largest `integer`. */
export const MAX_RECORD_ID = 2_147_483_647

const ID_RULE = `ids are whole numbers from 1 to ${MAX_RECORD_ID}`

/** The record id `value` spells (a number or its decimal digits), or undefined when no record can have it. */
export function recordId(value: unknown): number | undefined {
  const id =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN
  return Number.isInteger(id) && id >= 1 && id <= MAX_RECORD_ID ? id : undefined
}

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value.trim()))

const shown = (value: unknown) => JSON.stringify(value) ?? 'undefined'

// PostgreSQL text and jsonb cannot hold U+0000: a value with one fails in the database.
const NUL_PROBLEM = 'contains a NUL character (U+0000), which cannot be stored or searched'
const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, item]) => key.includes('\u0000') || hasNul(item))
      : false

/** A 400 naming each refused query parameter and why (Payload's own query errors are 400s too). */
const badQuery = (errors: { path: string; message: string }[]) =>
  new APIError(errors.map(({ path, message }) => `${path}: ${message}`).join('; '), 400, { errors }, true)

/** What a query path names: a field, a record id (`id`, a version's `parent`) or nothing known. */
type TTarget = FlattenedField | 'id' | undefined

/** A field with no column (`virtual: true`); one that names a relationship's path (`virtual: 'a.b'`) is queried through it. */
const isComputed = (field: FlattenedField) => 'virtual' in field && field.virtual === true

function fieldAt(payload: Payload, fields: FlattenedField[], segments: string[]): TTarget {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  // What lies inside a field computed when read is computed too: the field itself answers for it.
  if (!field || rest.length === 0 || isComputed(field)) return field
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      // A numeric segment is an array row.
      return fieldAt(payload, field.flattenedFields, /^\d+$/.test(rest[0]!) ? rest.slice(1) : rest)
    case 'blocks':
      return field.blocks.map((block) => fieldAt(payload, block.flattenedFields, rest)).find(Boolean)
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) return rest.length === 1 && rest[0] === 'value' ? field : undefined
      const target = payload.collections[field.relationTo]?.config.flattenedFields ?? []
      return fieldAt(payload, target, rest)
    }
    default:
      return undefined
  }
}

/** Whether a sort path reaches into an array or blocks row, which Payload cannot order records by. */
function sortsInsideList(payload: Payload, fields: FlattenedField[], segments: string[]): boolean {
  const [name, ...rest] = segments[0] === 'version' ? segments.slice(1) : segments
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || rest.length === 0) return false
  switch (field.type) {
    case 'array':
    case 'blocks':
      return true
    case 'group':
    case 'tab':
      return sortsInsideList(payload, field.flattenedFields, rest)
    case 'relationship':
    case 'upload':
      return (
        !Array.isArray(field.relationTo) &&
        sortsInsideList(payload, payload.collections[field.relationTo]?.config.flattenedFields ?? [], rest)
      )
    default:
      return false
  }
}

/** The field a where/sort path of `collection` names, a version's path (`version.title`, `parent`) included. */
function queriedField(payload: Payload, fields: FlattenedField[], path: string): TTarget {
  const segments = path.split('.')
  if (segments[0] === 'version') return fieldAt(payload, fields, segments.slice(1))
  if (path === 'parent') return 'id'
  return fieldAt(payload, fields, segments)
}

const LIST_OPERATORS = new Set(['in', 'not_in'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
// Compared as text in SQL (ILIKE): on numbers, ids, dates, booleans, options (an enum) or JSON PostgreSQL fails.
const MATCHED_AS_TEXT = new Set(['text', 'textarea', 'email', 'code', 'richText'])
const TEXT_FIELDS = new Set(['text', 'textarea', 'email', 'code'])

const RELATIONS = new Set(['relationship', 'upload'])
const OPTIONS = new Set(['select', 'radio'])
const KEPT_AS_TEXT = new Set([...OPTIONS, 'checkbox'])

const operands = (operator: string, value: unknown): unknown[] =>
  LIST_OPERATORS.has(operator)
    ? Array.isArray(value)
      ? value
      : typeof value === 'string'
        ? value.split(',')
        : [value]
    : [value]

/** What is wrong with one condition of a `where`, or undefined when Payload can run it. */
function conditionProblem(target: TTarget, operator: string, value: unknown, nullIsText: boolean): string | undefined {
  if (target === undefined) return undefined
  // Computed when read (a trip's source-health warnings): there is no column to compare.
  if (target !== 'id' && isComputed(target)) return 'is computed when read, not stored: records cannot be queried by it'
  if (operator === 'exists') return undefined
  const type = target === 'id' ? 'id' : target.type
  if (GEO_OPERATORS.has(operator) && type !== 'point') return `"${operator}" applies only to point fields`
  // A list of options "contains" one by equality (Payload's adapter), not by ILIKE.
  const optionList =
    OPTIONS.has(type) && operator === 'contains' && target !== 'id' && 'hasMany' in target && target.hasMany
  if (TEXT_OPERATORS.has(operator) && !MATCHED_AS_TEXT.has(type) && !optionList)
    return `"${operator}" applies only to text fields`
  // Payload's PostgreSQL adapter has no "all" (its operator map leaves it out): it fails on any field.
  if (operator === 'all')
    return '"all" is not supported by this database: use "in", or "equals" conditions joined by "and"'
  // Payload reads a query string's "null" as NULL (IS NULL, IS NOT NULL) only for equals and not_equals, and
  // not on a select or a checkbox: anywhere else it reaches the database as that text, checked like any value.
  const meansNull = (operand: unknown) =>
    operand === null ||
    (operand === 'null' &&
      !nullIsText &&
      (operator === 'equals' || operator === 'not_equals') &&
      !KEPT_AS_TEXT.has(type))
  const values = operands(operator, value).filter((operand) => !meansNull(operand))
  if (values.some(hasNul)) return NUL_PROBLEM
  const ids = type === 'id' || RELATIONS.has(type)
  if (ids && !(target !== 'id' && Array.isArray((target as { relationTo?: unknown }).relationTo))) {
    const bad = values.find((operand) => recordId(operand) === undefined)
    if (bad !== undefined) return `${shown(bad)} is not a record id (${ID_RULE})`
  }
  if (type === 'number') {
    const bad = values.find((operand) => !isNumeric(operand))
    if (bad !== undefined) return `${shown(bad)} is not a number`
  }
  if (type === 'date') {
    const bad = values.find((operand) => Number.isNaN(Date.parse(String(operand))))
    if (bad !== undefined) return `${shown(bad)} is not a date`
  }
  if (type === 'checkbox') {
    // Payload turns only "true" and "false" into booleans: PostgreSQL fails on any other text.
    const bad = values.find((operand) => typeof operand !== 'boolean' && !/^(true|false)$/i.test(String(operand)))
    if (bad !== undefined) return `${shown(bad)} is not true or false`
  }
  if (target !== 'id' && OPTIONS.has(target.type)) return optionProblem(target as TOptionsField, values)
  return undefined
}

/** Select and radio values are stored as a PostgreSQL enum: anything else fails in the database. */
type TOptionsField = FlattenedField & { options: unknown[] }

function optionProblem(field: TOptionsField, values: unknown[]): string | undefined {
  const allowed = field.options.map((option) =>
    typeof option === 'string' ? option : (option as { value: string }).value,
  )
  const bad = values.find((value) => typeof value !== 'string' || !allowed.includes(value))
  return bad === undefined
    ? undefined
    : `${shown(bad)} is not one of ${allowed.map((option) => `"${option}"`).join(', ')}`
}

/** Whether `value` is a whole number (or its digits) no smaller than `least`. */
function wholeAtLeast(value: unknown, least: number): boolean {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= least
}

interface TQueryArgs {
  id?: unknown
  page?: unknown
  limit?: unknown
  where?: Where
  sort?: Sort
  data?: unknown
}

/** Refuses an id no record can have, a page or limit that is not a count, and a `where` Payload cannot run. */
function checkQuery(payload: Payload, slug: string, fields: FlattenedField[], args: TQueryArgs) {
  if (args.id !== undefined && recordId(args.id) === undefined) {
    // REST turns an id that is not a number into NaN before the hooks see it.
    const named = Number.isNaN(args.id) ? 'an id that is not a number' : `the id ${shown(args.id)}`
    throw new APIError(`No ${slug} record has ${named}: ${ID_RULE}.`, 404, null, true)
  }
  const problems: { path: string; message: string }[] = []
  if (args.page !== undefined && !wholeAtLeast(args.page, 1))
    problems.push({ path: 'page', message: `${shown(args.page)} is not a page number (pages count from 1)` })
  if (args.limit !== undefined && !wholeAtLeast(args.limit, 0))
    problems.push({ path: 'limit', message: `${shown(args.limit)} is not a whole number of records` })
  for (const path of sortPaths(args.sort))
    if (sortsInsideList(payload, fields, path.split('.')))
      problems.push({
        path: 'sort',
        message: `${shown(path)} is a field inside a list: records cannot be sorted by it`,
      })
  for (const { path, operator, value } of whereConditions(args.where)) {
    // A version's list rows have integer ids, and there Payload passes a query string's "null" on as text.
    const nullIsText = /^version\..+\.id$/.test(path)
    const message = conditionProblem(queriedField(payload, fields, path), operator, value, nullIsText)
    if (message) problems.push({ path: `where.${path}.${operator}`, message })
  }
  if (problems.length) throw badQuery(problems)
}

interface TReference {
  path: string
  collection: CollectionSlug
  id: number
}

/**
 * What is wrong with the values `data` gives `fields` (a number, date or text that is not one, an
 * option a select does not have, a group or list of the wrong shape, a related id no record can
 * have, U+0000), and every record it points at, to be checked for existence.
 */
function dataProblems(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  found: { errors: { path: string; message: string }[]; references: TReference[] },
) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (
      (field.type === 'group' || field.type === 'tab') &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      // Payload reads a group's fields from it unchecked: null or text would fail as a 500.
      if (value !== undefined)
        found.errors.push({ path, message: `${shown(value)} is not an object of the group's fields` })
      continue
    }
    // Empty, as the admin's form sends a cleared field: Payload stores it as null (but not a date's '').
    if (value === null || value === undefined || (value === '' && field.type !== 'date')) continue
    switch (field.type) {
      case 'date':
        if (!(value instanceof Date) && Number.isNaN(Date.parse(String(value))))
          found.errors.push({ path, message: `${shown(value)} is not a date` })
        break
      case 'select':
      case 'radio': {
        const problem = optionProblem(
          field,
          Array.isArray(value) && 'hasMany' in field && field.hasMany ? value : [value],
        )
        if (problem) found.errors.push({ path, message: problem })
        break
      }
      case 'number':
        for (const [index, number] of (Array.isArray(value) && field.hasMany ? value : [value]).entries())
          if (!isNumeric(number))
            found.errors.push({
              path: Array.isArray(value) ? `${path}.${index}` : path,
              message: `${shown(number)} is not a number`,
            })
        break
      case 'relationship':
      case 'upload': {
        const items = Array.isArray(value) ? value : [value]
        for (const [index, item] of items.entries()) {
          const itemPath = Array.isArray(value) ? `${path}.${index}` : path
          const polymorphic = Array.isArray(field.relationTo)
          const pointer = (polymorphic ? (item as { value?: unknown } | null)?.value : item) as unknown
          const collection = (
            polymorphic ? (item as { relationTo?: unknown } | null)?.relationTo : field.relationTo
          ) as CollectionSlug | undefined
          const raw = pointer && typeof pointer === 'object' ? (pointer as { id?: unknown }).id : pointer
          const id = recordId(raw)
          if (id === undefined || !collection || ![field.relationTo].flat().includes(collection))
            found.errors.push({ path: itemPath, message: `${shown(raw)} is not a record id (${ID_RULE})` })
          else found.references.push({ path: itemPath, collection, id })
        }
        break
      }
      case 'group':
      case 'tab':
        dataProblems(field.flattenedFields, value as Record<string, unknown>, `${path}.`, found)
        break
      // The admin's form sends an array it did not change as its number of rows: only a list is walked.
      case 'array':
        if (!Array.isArray(value) && typeof value !== 'number')
          found.errors.push({ path, message: `${shown(value)} is not a list of rows` })
        if (Array.isArray(value))
          for (const [index, row] of value.entries())
            if (row && typeof row === 'object')
              dataProblems(field.flattenedFields, row as Record<string, unknown>, `${path}.${index}.`, found)
        break
      case 'blocks':
        if (!Array.isArray(value) && typeof value !== 'number')
          found.errors.push({ path, message: `${shown(value)} is not a list of blocks` })
        if (Array.isArray(value))
          for (const [index, row] of value.entries()) {
            const block = field.blocks.find(
              (candidate) => candidate.slug === (row as { blockType?: unknown })?.blockType,
            )
            if (block) dataProblems(block.flattenedFields, row as Record<string, unknown>, `${path}.${index}.`, found)
          }
        break
      default:
        if (
          TEXT_FIELDS.has(field.type) &&
          !(
            typeof value === 'string' ||
            ('hasMany' in field &&
              field.hasMany &&
              Array.isArray(value) &&
              value.every((item) => typeof item === 'string'))
          )
        )
          found.errors.push({ path, message: `${shown(value)} is not text` })
        else if (hasNul(value)) found.errors.push({ path, message: NUL_PROBLEM })
        break
    }
  }
}

/** The references whose record does not exist: one query per related collection. */
async function missingReferences(req: PayloadRequest, references: TReference[]): Promise<TReference[]> {
  const missing: TReference[] = []
  for (const collection of new Set(references.map((reference) => reference.collection))) {
    const wanted = references.filter((reference) => reference.collection === collection)
    const ids = [...new Set(wanted.map((reference) => reference.id))]
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const existing = new Set(docs.map((doc) => doc.id))
    missing.push(...wanted.filter((reference) => !existing.has(reference.id)))
  }
  return missing
}

const WRITING = new Set(['create', 'update', 'updateByID'])

/**
 * Every request's arguments checked against the collection's fields before Payload queries or
 * writes: a bad id, page, limit or `where`, a number field given text, a relationship to a
 * record that does not exist. Each answers a 4xx naming the field and the reason, so nothing
 * reaches the database to fail there as a 500, and nothing is written.
 */
export const validateRequest: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const queryArgs = args as TQueryArgs
  checkQuery(req.payload, collection.slug, collection.flattenedFields, queryArgs)
  if (!WRITING.has(operation) || !queryArgs.data || typeof queryArgs.data !== 'object') return args
  const found = { errors: [] as { path: string; message: string }[], references: [] as TReference[] }
  dataProblems(collection.flattenedFields, queryArgs.data as Record<string, unknown>, '', found)
  const missing = found.errors.length ? [] : await missingReferences(req, found.references)
  const errors = [
    ...found.errors,
    ...missing.map(({ path, collection: target, id }) => ({ path, message: `no ${target} record has the id ${id}` })),
  ]
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return args
}

/**
 * Payload routes `/<slug>/versions` for every collection and fails in the database on one that
 * keeps none (users, review events): those routes answer 404 here, before Payload's own.
 */
const noVersionEndpoints = (slug: string): Endpoint[] =>
  (
    [
      ['/versions', 'get'],
      ['/versions/:id', 'get'],
      ['/versions/:id', 'post'],
    ] as const
  ).map(([path, method]) => ({
    path,
    method,
    handler: () => Response.json({ errors: [{ message: `${slug} keep no versions.` }] }, { status: 404 }),
  }))

/** Adds `validateRequest` to every collection of the config, first, before any other hook sees the arguments. */
export const validateRequests: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    endpoints:
      collection.versions || collection.endpoints === false
        ? collection.endpoints
        : [...noVersionEndpoints(collection.slug), ...(collection.endpoints ?? [])],
    hooks: {
      ...collection.hooks,
      beforeOperation: [validateRequest, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
