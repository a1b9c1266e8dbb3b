/**
 * Every operation the running Payload offers, read from Payload itself: each collection's
 * sanitized REST endpoints (Payload's defaults, auth and custom ones), the query parameters its
 * REST handlers read, the fields and arguments of the GraphQL schema it serves, and the members
 * of its Local API object. Nothing here is a list of ours: an operation a Payload upgrade adds
 * shows up here, and the matrix fails until the policy classifies it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

export interface TGraphqlField {
  name: string
  args: string[]
}

export interface TGraphqlNames {
  /** The collection's GraphQL names: `Trip`, `Trips`. */
  one: string
  many: string
}

/** A GraphQL field as a pattern: the collection's names replaced by `<One>` and `<Many>`. */
export interface TGraphqlOperation {
  collection: string | null
  field: string
  pattern: string
  args: string[]
}

/** A path pattern (`/versions/:id`, `/access/:id?`) as a regular expression, as Payload matches it. */
const pathPattern = (path: string) =>
  new RegExp(
    `^${path
      .split('/')
      .map((segment) => (segment.startsWith(':') ? (segment.endsWith('?') ? '[^/]*' : '[^/]+') : segment))
      .join('/')}$`,
  )

/**
 * REST: `METHOD /path` per collection, as Payload routes them (false: the collection has no REST
 * API). Payload takes the first endpoint that matches a request, so an endpoint an earlier one
 * always catches (payload-preferences' `GET /:key` catches `GET /count` and `GET /:id`) is left out:
 * no request reaches it.
 */
export function restEndpoints(payload: Payload): Record<string, string[] | false> {
  return Object.fromEntries(
    Object.entries(payload.collections).map(([slug, { config }]) => {
      const all = config.endpoints
      if (all === false) return [slug, false]
      const reachable = all.filter((endpoint, index) => {
        const example = endpoint.path.replace(/:\w+\??/g, 'x')
        return !all
          .slice(0, index)
          .some((earlier) => earlier.method === endpoint.method && pathPattern(earlier.path).test(example))
      })
      return [slug, reachable.map((e) => `${e.method.toUpperCase()} ${e.path}`)]
    }),
  )
}

export const rootEndpoints = (payload: Payload) =>
  (payload.config.endpoints || []).map((e) => `${e.method.toUpperCase()} ${e.path}`)

/**
 * The query parameters Payload's collection REST handlers read (`parseParams(…req.query…)` and
 * `req.query.x` in dist/collections/endpoints/*.js): flags such as `autosave` are not routes,
 * so they are found where Payload's handlers read them.
 */
export function restFlags(): Record<string, string[]> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('payload'))
  const directory = path.join(dist, 'collections', 'endpoints')
  const flags: Record<string, string[]> = {}
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.js') && name !== 'index.js')) {
    const source = readFileSync(path.join(directory, file), 'utf8')
    const destructured = [...source.matchAll(/const \{([^}]*)\} = parseParams\(/g)].flatMap(([, names]) =>
      names!.split(',').map((name) => name.trim().split(/[\s=:]/)[0]!),
    )
    const direct = [...source.matchAll(/req\.query\.(\w+)/g)].map(([, name]) => name!)
    flags[file] = [...new Set([...destructured, ...direct])].filter(Boolean)
    // A handler that reads the query in a way this does not recognise must not pass as reading nothing.
    if (source.includes('req.query') && flags[file].length === 0)
      throw new Error(`Could not read the query parameters of Payload's ${file}: review restFlags()`)
  }
  return flags
}

const INTROSPECTION = `{
  __schema {
    queryType { fields { name args { name } type { name } } }
    mutationType { fields { name args { name } type { name } } }
    types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } }
  }
}`

interface TIntrospected {
  name: string
  args: { name: string }[]
  type: { name: string | null }
}
interface TNamedType {
  name: string | null
  ofType?: TNamedType | null
}

/** The GraphQL schema Payload serves for this config, introspected through its real route. */
export async function graphqlOperations(payload: Payload) {
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    }),
  )
  const { data } = (await response.json()) as {
    data: {
      __schema: {
        queryType: { fields: TIntrospected[] }
        mutationType: { fields: TIntrospected[] }
        types: { name: string; fields: { name: string; type: TNamedType }[] | null }[]
      }
    }
  }
  const schema = data.__schema
  const innermost = (type: TNamedType): string | null => type.name ?? (type.ofType ? innermost(type.ofType) : null)
  // A collection's singular name: `docAccess<One>` answers the type `<slug>DocAccess` (dashes as underscores).
  const names: Record<string, TGraphqlNames> = {}
  for (const field of schema.queryType.fields) {
    const one = field.name.match(/^docAccess(.+)$/)?.[1]
    const collection = Object.keys(payload.collections).find(
      (slug) => `${slug.replaceAll('-', '_')}DocAccess` === field.type.name,
    )
    if (!one || !collection) continue
    // Its plural: the list query, whose type holds `docs` of the singular type.
    const many = schema.queryType.fields.find((list) =>
      schema.types
        .find((type) => type.name === list.type.name)
        ?.fields?.some((f) => f.name === 'docs' && innermost(f.type) === one),
    )?.name
    if (!many) throw new Error(`No GraphQL list query found for ${collection}`)
    names[collection] = { one, many }
  }
  const operations: TGraphqlOperation[] = [...schema.queryType.fields, ...schema.mutationType.fields].map((field) => {
    const args = field.args.map((arg) => arg.name)
    // The plural first: `versionsTrips` ends in `Trips`, never in `Trip`.
    for (const [collection, { many }] of Object.entries(names)) {
      if (field.name.endsWith(many))
        return { collection, field: field.name, pattern: `${field.name.slice(0, -many.length)}<Many>`, args }
    }
    for (const [collection, { one }] of Object.entries(names)) {
      if (field.name.endsWith(one))
        return { collection, field: field.name, pattern: `${field.name.slice(0, -one.length)}<One>`, args }
    }
    return { collection: null, field: field.name, pattern: field.name, args }
  })
  return { names, operations }
}

/** Every member of the Payload Local API object, its own and its class's. */
export function localApiMembers(payload: Payload): string[] {
  const members = new Set<string>()
  for (
    let object: object | null = payload;
    object && object !== Object.prototype;
    object = Object.getPrototypeOf(object)
  )
    for (const name of Object.getOwnPropertyNames(object)) members.add(name)
  return [...members].sort()
}
