/**
 * The operation matrix: every operation the running Payload offers (payloadOperations.ts reads
 * them from Payload itself) must be classified in operationPolicy.ts, the README's policy table
 * must be that policy, and every classified cell — collection × operation × API × role — is
 * carried out on real records through Payload's own REST and GraphQL route handlers and its
 * Local API, and must answer as classified.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { SOURCES, TRIPS, USERS } from '../slugs'
import type { TActor } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rest } from '../test/rest'
import { transitionRecord } from '../workflow/transitionRecord'
import {
  ACCOUNT_OPERATIONS,
  ANSWER_SHAPING_FLAGS,
  COLLECTION_GROUPS,
  FLAG_OPERATIONS,
  GRAPHQL_OPERANDS,
  groupOf,
  NOT_RECORD_OPERATIONS,
  OPERATIONS,
  POLICY,
  renderPolicyTable,
  ROLES,
  ROOT_ENDPOINTS,
  ruleText,
  type TApi,
  type TOperationName,
  type TPolicyRole,
  type TRule,
} from './operationPolicy'
import { graphqlOperations, localApiMembers, restEndpoints, restFlags, rootEndpoints } from './payloadOperations'

const { payload, actors, ref } = await setupIntegration('operation_matrix', { referenceData: true })
const graphql = await graphqlOperations(payload)
const endpoints = restEndpoints(payload)

const ROOT_GRAPHQL: Record<string, string> = { Access: "the caller's permissions on every collection; anyone" }

/** The operations a collection offers on an API, by the policy's names. */
function offered(collection: string, api: TApi): Set<TOperationName> {
  const faces: Set<string> =
    api === 'rest'
      ? new Set(endpoints[collection] || [])
      : api === 'graphql'
        ? new Set(graphql.operations.filter((o) => o.collection === collection).map((o) => o.pattern))
        : new Set(localApiMembers(payload))
  const drafts = Boolean(payload.collections[collection as CollectionSlug]?.config.versions?.drafts)
  return new Set(
    (Object.keys(OPERATIONS) as TOperationName[]).filter((name) => {
      const operation = OPERATIONS[name] as { rest?: string; graphql?: string; local?: string; variant?: string }
      if (name === 'preference') return collection === 'payload-preferences' && api === 'rest'
      const face = operation[api]
      if (!face || !faces.has(face)) return false
      // Versions exist on a collection with versions only; flags that publish, on one with drafts.
      if (name.includes('Version') || name === 'restoreVersion') return drafts || api === 'rest'
      return operation.variant ? drafts : true
    }),
  )
}

const collections = Object.keys(payload.collections)

describe('every operation Payload offers is classified', () => {
  it('should classify every collection', () => {
    expect(collections.filter((slug) => !groupOf(slug))).toEqual([])
  })

  it('should find every classified collection in the configuration', () => {
    const classified = Object.values(COLLECTION_GROUPS).flat()
    expect(classified.filter((slug) => !collections.includes(slug))).toEqual([])
  })

  it('should classify every REST endpoint of every collection', () => {
    const unclassified = collections.flatMap((collection) => {
      const policy = POLICY[groupOf(collection)!]
      return (endpoints[collection] || [])
        .filter((face) => {
          if ((ACCOUNT_OPERATIONS.rest as readonly string[]).includes(face)) return false
          if (collection === 'payload-preferences' && / \/:key$/.test(face)) return !policy.preference
          return !(Object.keys(OPERATIONS) as TOperationName[]).some(
            (name) => (OPERATIONS[name] as { rest?: string }).rest === face && policy[name],
          )
        })
        .map((face) => `${collection}: REST ${face}`)
    })
    expect(unclassified).toEqual([])
  })

  it('should classify every root REST endpoint', () => {
    expect(rootEndpoints(payload).filter((face) => !(face in ROOT_ENDPOINTS))).toEqual([])
  })

  it('should classify every query parameter of the REST handlers', () => {
    const known = new Set([...ANSWER_SHAPING_FLAGS, ...Object.keys(FLAG_OPERATIONS)])
    const flags = restFlags()
    expect(Object.keys(flags).length, 'REST handlers found in Payload').toBeGreaterThan(10)
    expect(
      Object.entries(flags).flatMap(([file, names]) => names.filter((n) => !known.has(n)).map((n) => `${file}: ${n}`)),
    ).toEqual([])
  })

  it('should classify every GraphQL field and argument', () => {
    const unclassified = graphql.operations.flatMap(({ collection, field, pattern, args }) => {
      if (!collection) return field in ROOT_GRAPHQL ? [] : [`GraphQL ${field}`]
      const policy = POLICY[groupOf(collection)!]
      const classified =
        (ACCOUNT_OPERATIONS.graphql as readonly string[]).includes(pattern) ||
        (Object.keys(OPERATIONS) as TOperationName[]).some(
          (name) => (OPERATIONS[name] as { graphql?: string }).graphql === pattern && policy[name],
        )
      // An account field's arguments are its operands (e-mail, password, token).
      const account = (ACCOUNT_OPERATIONS.graphql as readonly string[]).includes(pattern)
      const flags = account ? [] : args.filter((arg) => !GRAPHQL_OPERANDS.includes(arg) && !(arg in FLAG_OPERATIONS))
      return [
        ...(classified ? [] : [`${collection}: GraphQL ${field}`]),
        ...flags.map((arg) => `${collection}: GraphQL ${field}(${arg})`),
      ]
    })
    expect(unclassified).toEqual([])
  })

  it('should classify every member of the Local API', () => {
    const operations = new Set<string>([
      ...Object.values(OPERATIONS).flatMap((o) => ('local' in o ? [o.local] : [])),
      ...ACCOUNT_OPERATIONS.local,
    ])
    expect(localApiMembers(payload).filter((m) => !operations.has(m) && !(m in NOT_RECORD_OPERATIONS))).toEqual([])
  })

  it('should have trash off on every collection, so the `trash` flag is no operation of its own', () => {
    expect(collections.filter((slug) => payload.collections[slug as CollectionSlug].config.trash)).toEqual([])
  })

  it('should have the policy table in the README exactly as operationPolicy.ts renders it', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8')
    const table = readme.match(/<!-- operation-policy:start -->\n([\s\S]*?)\n<!-- operation-policy:end -->/)?.[1]
    expect(table).toBe(renderPolicyTable())
    expect(readme, `the README states the cell count, ${cells.length}`).toContain(`${cells.length} cells`)
  })
})

// ————— Records to act on —————

let seq = 0
const system = { overrideAccess: true, depth: 0 } as const
const author = actors.editor.user!
const approver = actors.reviewer.user!
const stranger: User = await payload.create({
  collection: USERS,
  data: { email: 'stranger@example.org', password: 'a long enough password', name: 'Stranger', roles: ['editor'] },
  ...system,
})
const hasDrafts = (collection: string) =>
  Boolean(payload.collections[collection as CollectionSlug]?.config.versions?.drafts)

/** Valid new data for each collection (unique on every call). */
function newData(collection: string, owner?: User | null): Record<string, unknown> {
  const n = ++seq
  switch (collection) {
    case TRIPS:
      return {
        ...citedTripData(ref, { id: approvedSourceId }, { stops: [moscowStop(ref, { id: `matrix-stop-${n}` })] }),
        title: `Matrix trip ${n}`,
        slug: `matrix-trip-${n}`,
      }
    case SOURCES:
      return { kind: 'book', sourceClass: 'scholarship', title: `Matrix source ${n}` }
    case 'review-events':
      return { collection: TRIPS, documentId: 1, action: 'submit', fromState: 'draft', toState: 'in_review' }
    case 'tombstones':
      return {
        collection: TRIPS,
        recordId: n,
        slug: `gone-${n}`,
        title: 'Gone',
        reason: 'Wrong',
        retractedAt: new Date(),
      }
    case USERS:
      return {
        email: `matrix-${n}@example.org`,
        password: 'a long enough password',
        name: `Matrix ${n}`,
        roles: ['editor'],
      }
    case 'payload-locked-documents':
      return {
        document: { relationTo: TRIPS, value: lockableTripId },
        user: { relationTo: USERS, value: owner?.id ?? stranger.id },
      }
    case 'payload-preferences':
      // Its owner is whoever saves it (Payload sets `user` from the request).
      return { key: `matrix-${n}`, value: { n } }
    case 'payload-kv':
      return { key: `matrix-${n}`, data: { n } }
    case 'payload-migrations':
      return { name: `matrix-${n}`, batch: 99 }
    default:
      return { name: `Matrix ${collection} ${n}`, slug: `matrix-${collection}-${n}` }
  }
}
const changeFor = (collection: string): Record<string, unknown> =>
  ({
    [TRIPS]: { summary: 'Changed' },
    [SOURCES]: { summary: 'Changed' },
    'review-events': { comment: 'Rewritten' },
    'payload-locked-documents': { globalSlug: 'rewritten' },
    'payload-preferences': { value: { changed: true } },
    'payload-kv': { data: { changed: true } },
    'payload-migrations': { batch: 100 },
    tombstones: { reason: 'Rewritten' },
  })[collection] ?? { name: 'Renamed' }

/** A record in the state operations need: reviewed ones approved (public), others as the system writes them. */
async function makeRecord(collection: string, owner: User | null): Promise<number> {
  const slug = collection as CollectionSlug
  if (hasDrafts(collection)) {
    const { id } = await payload.create({
      collection: slug,
      data: newData(collection) as never,
      draft: true,
      overrideAccess: false,
      user: author,
    })
    await transitionRecord(payload, {
      collection: slug as typeof TRIPS,
      id: id as number,
      action: 'submit',
      user: author,
    })
    await transitionRecord(payload, {
      collection: slug as typeof TRIPS,
      id: id as number,
      action: 'approve',
      user: approver,
    })
    // A later draft over the approved version: something for a restore to act on.
    await payload.update({
      collection: slug,
      id,
      data: changeFor(collection) as never,
      draft: true,
      overrideAccess: false,
      user: author,
    })
    return id as number
  }
  if (collection === 'review-events') {
    return (await payload.find({ collection: slug, limit: 1, ...system })).docs[0]!.id as number
  }
  const created = await payload.create({
    collection: slug,
    data: newData(collection, owner) as never,
    user: owner ?? undefined,
    ...system,
  })
  return created.id as number
}

const approvedSourceId = await (async () => {
  const { id } = await payload.create({
    collection: SOURCES,
    data: newData(SOURCES) as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })
  await transitionRecord(payload, { collection: SOURCES, id, action: 'submit', user: author })
  await transitionRecord(payload, { collection: SOURCES, id, action: 'approve', user: approver })
  return id
})()
const lockableTripId = await makeRecord(TRIPS, null)
await makeRecord(SOURCES, null) // leaves review events to read

/**
 * One record per collection, operation and owner, shared by attempts until one changes it: a
 * refused attempt leaves it as it was, so only a successful one costs a new record.
 */
const records = new Map<string, number>()
async function recordFor(collection: string, operation: TOperationName, owner: User | null) {
  // A user's own record in `users` is their account.
  if (collection === USERS && owner) return owner.id
  const key = `${collection}·${operation}·${owner?.id ?? 'system'}`
  if (!records.has(key)) {
    const id = await makeRecord(collection, owner)
    if (operation === 'overrideLock') {
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: collection, value: id },
          user: { relationTo: USERS, value: stranger.id },
        } as never,
        ...system,
      })
    }
    records.set(key, id)
  }
  return records.get(key)!
}
const spend = (collection: string, operation: TOperationName, owner: User | null) =>
  records.delete(`${collection}·${operation}·${owner?.id ?? 'system'}`)

const latestVersionId = async (collection: string, id: number) =>
  (
    await payload.findVersions({
      collection: collection as CollectionSlug,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      ...system,
    })
  ).docs[0]?.id
/** What a client loaded: the version a save names (`updatedAt`). */
const loadedVersion = async (collection: string, id: number) =>
  hasDrafts(collection)
    ? (await payload.findByID({ collection: collection as typeof TRIPS, id, draft: true, ...system })).updatedAt
    : undefined
/** What the public sees of a record (nothing when it is not public). */
const publicView = async (collection: string, id: number) =>
  JSON.stringify(
    (
      await payload.find({
        collection: collection as CollectionSlug,
        where: { id: { equals: id } },
        overrideAccess: false,
        depth: 0,
      })
    ).docs[0] ?? null,
  )

// ————— Carrying out an operation on each API —————

/** What an attempt came to: `ok`, or the refusal's status (a record the caller cannot see counts as 404). */
type TOutcome = 'ok' | number
const HIDDEN = 404

interface TAttempt {
  collection: string
  operation: TOperationName
  actor: TActor
  id: number
}

const STATUS_FLAG: Partial<Record<TOperationName, Record<string, unknown>>> = {
  publish: { _status: 'published' },
  unpublish: { _status: 'draft' },
}
const QUERY_FLAG: Partial<Record<TOperationName, string>> = {
  autosave: 'autosave=true&draft=true',
  unpublishAllLocales: 'unpublishAllLocales=true&draft=true',
  publishAllLocales: 'publishAllLocales=true',
  publishSpecificLocale: 'publishSpecificLocale=en',
  overrideLock: 'overrideLock=true&draft=true',
}
const whereId = (id: number) => `where[id][equals]=${id}`

async function viaRest({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const call = (method: string, url: string, body?: unknown) =>
    rest(payload, method, `/${collection}${url}`, { headers: actor.headers, body })
  const draft = hasDrafts(collection) ? 'draft=true' : ''
  const save = async () => ({ ...changeFor(collection), updatedAt: await loadedVersion(collection, id) })
  const list = (json: Record<string, unknown> | null) =>
    ((json?.docs as { id: number }[] | undefined) ?? []).some((doc) => doc.id === id)
  const versionId = async () => (await latestVersionId(collection, id)) ?? 1
  let result: Awaited<ReturnType<typeof call>>
  switch (operation) {
    case 'find':
      result = await call('GET', `?${whereId(id)}`)
      return result.status === 200 ? (list(result.json) ? 'ok' : HIDDEN) : result.status
    case 'count':
      result = await call('GET', `/count?${whereId(id)}`)
      return result.status === 200 ? ((result.json?.totalDocs as number) > 0 ? 'ok' : HIDDEN) : result.status
    case 'findByID':
      result = await call('GET', `/${id}`)
      break
    case 'docAccess':
      result = await call('POST', `/access/${id}`)
      break
    case 'findVersions':
      result = await call('GET', `/versions?where[parent][equals]=${id}`)
      return result.status === 200 ? ((result.json?.docs as unknown[]).length ? 'ok' : HIDDEN) : result.status
    case 'findVersionByID':
      result = await call('GET', `/versions/${await versionId()}`)
      break
    case 'restoreVersion':
      result = await call('POST', `/versions/${await versionId()}`)
      break
    case 'create':
      result = await call('POST', `?${draft}`, newData(collection, actor.user))
      break
    case 'update':
      result = await call('PATCH', `/${id}?${draft}`, await save())
      break
    case 'publish':
    case 'unpublish':
      result = await call('PATCH', `/${id}`, { ...(await save()), ...STATUS_FLAG[operation] })
      break
    case 'autosave':
    case 'unpublishAllLocales':
    case 'publishAllLocales':
    case 'publishSpecificLocale':
    case 'overrideLock':
      result = await call('PATCH', `/${id}?${QUERY_FLAG[operation]}`, await save())
      break
    case 'updateWhere':
      result = await call('PATCH', `?${whereId(id)}&${draft}`, await save())
      return result.status === 200 ? (list(result.json) ? 'ok' : HIDDEN) : result.status
    case 'delete':
      result = await call('DELETE', `/${id}`)
      break
    case 'deleteWhere':
      result = await call('DELETE', `?${whereId(id)}`)
      return result.status === 200 ? (list(result.json) ? 'ok' : HIDDEN) : result.status
    case 'duplicate':
      result = await call('POST', `/${id}/duplicate?${draft}`)
      break
    case 'workflow':
      result = await call('POST', `/${id}/workflow/submit`, { version: await loadedVersion(collection, id) })
      break
    case 'preference':
      result = await call('POST', `/matrix-key`, { value: { actor: actor.name } })
      break
    default:
      throw new Error(`No REST request for ${operation}`)
  }
  return result.status >= 200 && result.status < 300 ? 'ok' : result.status
}

async function viaGraphql({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const { one, many } = graphql.names[collection]!
  const draft = hasDrafts(collection) ? ', draft: true' : ''
  const save = async (extra: Record<string, unknown> = {}) => ({
    ...changeFor(collection),
    updatedAt: await loadedVersion(collection, id),
    ...extra,
  })
  const versionId = async () => (await latestVersionId(collection, id)) ?? 1
  const update = (args: string) =>
    `mutation($id: Int!, $data: mutation${one}UpdateInput!) { result: update${one}(id: $id, data: $data${args}) { id } }`
  const documents: Partial<Record<TOperationName, () => Promise<[string, Record<string, unknown>]>>> = {
    find: async () => [`query($id: Int!) { result: ${many}(where: { id: { equals: $id } }) { docs { id } } }`, { id }],
    count: async () => [
      `query($id: Int!) { result: count${many}(where: { id: { equals: $id } }) { totalDocs } }`,
      { id },
    ],
    findByID: async () => [`query($id: Int!) { result: ${one}(id: $id) { id } }`, { id }],
    docAccess: async () => [`query($id: Int!) { result: docAccess${one}(id: $id) { __typename } }`, { id }],
    findVersions: async () => [
      `query { result: versions${many}(where: { parent: { equals: ${id} } }) { docs { id } } }`,
      {},
    ],
    findVersionByID: async () => [
      `query($id: Int!) { result: version${one}(id: $id) { id } }`,
      { id: await versionId() },
    ],
    restoreVersion: async () => [
      `mutation($id: Int!) { result: restoreVersion${one}(id: $id) { id } }`,
      { id: await versionId() },
    ],
    create: async () => [
      `mutation($data: mutation${one}Input!) { result: create${one}(data: $data${draft}) { id } }`,
      { data: newData(collection, actor.user) },
    ],
    update: async () => [update(draft), { id, data: await save() }],
    publish: async () => [update(''), { id, data: await save(STATUS_FLAG.publish) }],
    unpublish: async () => [update(''), { id, data: await save(STATUS_FLAG.unpublish) }],
    autosave: async () => [update(', autosave: true, draft: true'), { id, data: await save() }],
    delete: async () => [`mutation($id: Int!) { result: delete${one}(id: $id) { id } }`, { id }],
    // Payload's schema requires `data`: what the copy changes.
    duplicate: async () => [
      `mutation($id: Int!, $data: mutation${one}Input!) { result: duplicate${one}(id: $id, data: $data) { id } }`,
      { id, data: newData(collection, actor.user) },
    ],
  }
  const [query, variables] = await documents[operation]!()
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: new Headers([...actor.headers, ['content-type', 'application/json']]),
      body: JSON.stringify({ query, variables }),
    }),
  )
  const body = (await response.json()) as {
    data?: { result?: { id?: number; docs?: { id: number }[]; totalDocs?: number; __typename?: string } | null }
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
  if (body.errors?.length) {
    const status = body.errors[0]!.extensions?.statusCode
    if (!status) throw new Error(`GraphQL ${operation} on ${collection}: ${JSON.stringify(body.errors)}`)
    return status
  }
  const result = body.data?.result
  if (!result) return HIDDEN
  if (result.docs) return result.docs.some((doc) => doc.id === id) ? 'ok' : HIDDEN
  if (result.totalDocs !== undefined) return result.totalDocs > 0 ? 'ok' : HIDDEN
  return 'ok'
}

async function viaLocal({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const slug = collection as CollectionSlug
  const access = { overrideAccess: false, user: actor.user, depth: 0 } as const
  const draft = hasDrafts(collection) || undefined
  const versionId = async () => (await latestVersionId(collection, id)) ?? 1
  const where = { id: { equals: id } }
  const save = changeFor(collection) as never
  const bulk = (result: { docs: { id: unknown }[]; errors: { message: string }[] }) => {
    if (result.errors.length) throw Object.assign(new Error(result.errors[0]!.message), { status: 400 })
    return result.docs.some((doc) => doc.id === id) ? 'ok' : HIDDEN
  }
  try {
    switch (operation) {
      case 'find':
        return (await payload.find({ collection: slug, where, ...access })).docs.length ? 'ok' : HIDDEN
      case 'count':
        return (await payload.count({ collection: slug, where, ...access })).totalDocs ? 'ok' : HIDDEN
      case 'findDistinct':
        await payload.findDistinct({ collection: slug, field: 'createdAt', where, ...access } as never)
        return 'ok'
      case 'findByID':
        await payload.findByID({ collection: slug, id, ...access })
        return 'ok'
      case 'findVersions':
        return (await payload.findVersions({ collection: slug, where: { parent: { equals: id } }, ...access })).docs
          .length
          ? 'ok'
          : HIDDEN
      case 'countVersions':
        return (await payload.countVersions({ collection: slug, where: { parent: { equals: id } }, ...access }))
          .totalDocs
          ? 'ok'
          : HIDDEN
      case 'findVersionByID':
        await payload.findVersionByID({ collection: slug, id: String(await versionId()), ...access })
        return 'ok'
      case 'restoreVersion':
        await payload.restoreVersion({ collection: slug, id: String(await versionId()), ...access })
        return 'ok'
      case 'create':
        await payload.create({ collection: slug, data: newData(collection, actor.user) as never, draft, ...access })
        return 'ok'
      case 'update':
        await payload.update({ collection: slug, id, data: save, draft, ...access })
        return 'ok'
      case 'publish':
      case 'unpublish':
        await payload.update({
          collection: slug,
          id,
          data: { ...changeFor(collection), ...STATUS_FLAG[operation] } as never,
          ...access,
        })
        return 'ok'
      case 'autosave':
        await payload.update({ collection: slug, id, data: save, draft: true, autosave: true, ...access })
        return 'ok'
      case 'unpublishAllLocales':
        await payload.update({ collection: slug, id, data: save, draft: true, unpublishAllLocales: true, ...access })
        return 'ok'
      case 'publishAllLocales':
        await payload.update({ collection: slug, id, data: save, publishAllLocales: true, ...access })
        return 'ok'
      case 'publishSpecificLocale':
        await payload.update({ collection: slug, id, data: save, publishSpecificLocale: 'en', ...access })
        return 'ok'
      case 'overrideLock':
        await payload.update({ collection: slug, id, data: save, draft: true, overrideLock: true, ...access })
        return 'ok'
      case 'updateWhere':
        return bulk(await payload.update({ collection: slug, where, data: save, draft, ...access }))
      case 'delete':
        await payload.delete({ collection: slug, id, ...access })
        return 'ok'
      case 'deleteWhere':
        return bulk(await payload.delete({ collection: slug, where, ...access }))
      case 'duplicate':
        await payload.duplicate({ collection: slug, id, draft, ...access } as never)
        return 'ok'
      default:
        throw new Error(`No Local API call for ${operation}`)
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (!status) throw error
    return status
  }
}

const ATTEMPT: Record<TApi, (attempt: TAttempt) => Promise<TOutcome>> = {
  rest: viaRest,
  graphql: viaGraphql,
  local: viaLocal,
}

// ————— The cells —————

const EDITORS: TPolicyRole[] = ['editor', 'admin']
const DENIED = new Set([401, 403, HIDDEN])

/**
 * Who acts on whose record in a cell: `own` rules are tried on the actor's own record and on a
 * stranger's; every other rule on a record the system made.
 */
type TWhose = 'own' | "stranger's" | 'system'
const whoseFor = (rule: TRule, operation: TOperationName): TWhose[] =>
  rule !== 'own' && rule !== 'own, admins'
    ? ['system']
    : operation === 'create' || operation === 'preference'
      ? ['own']
      : ['own', "stranger's"]

/** What the rule says a role gets: `ok`, `denied` (401, 403 or not found), `refused` (any non-2xx), or a status. */
function expected(
  rule: TRule,
  role: TPolicyRole,
  whose: TWhose,
): 'ok' | 'denied' | 'refused' | number | { refusedOrDenied: number } {
  const allow = (yes: boolean) => (yes ? 'ok' : 'denied')
  if (typeof rule === 'object') return role === 'admin' ? rule.refused : { refusedOrDenied: rule.refused }
  switch (rule) {
    case 'anyone':
      return 'ok'
    case 'signed-in':
    case 'staff':
      return allow(role !== 'anonymous')
    case 'editors':
    case 'workflow':
      return allow(EDITORS.includes(role))
    case 'admins':
      return allow(role === 'admin')
    case 'own':
      return allow(role !== 'anonymous' && whose === 'own')
    case 'own, admins':
      return allow(role === 'admin' || (role !== 'anonymous' && whose === 'own'))
    case 'nobody':
      return 'denied'
    case 'no versions':
      return 'refused'
  }
}
function matches(outcome: TOutcome, wanted: ReturnType<typeof expected>) {
  if (wanted === 'denied') return outcome !== 'ok' && DENIED.has(outcome)
  if (wanted === 'refused') return outcome !== 'ok'
  if (typeof wanted === 'object') return outcome === wanted.refusedOrDenied || (outcome !== 'ok' && DENIED.has(outcome))
  return outcome === wanted
}

interface TCell {
  collection: string
  operation: TOperationName
  api: TApi
  rule: TRule
}
const cells: (TCell & { role: TPolicyRole; whose: TWhose })[] = []
const rows: TCell[] = collections.flatMap((collection) => {
  const group = groupOf(collection)
  if (!group) return []
  const policy = POLICY[group]
  return (['rest', 'graphql', 'local'] as const).flatMap((api) =>
    [...offered(collection, api)]
      .filter((operation) => policy[operation] && !(api === 'graphql' && operation === 'findDistinct'))
      .map((operation) => ({ collection, operation, api, rule: policy[operation]! })),
  )
})
for (const row of rows)
  for (const role of ROLES)
    for (const whose of whoseFor(row.rule, row.operation))
      if (!(whose === 'own' && role === 'anonymous')) cells.push({ ...row, role, whose })

describe('operation matrix', () => {
  it.each(rows)('$collection · $operation · $api', async ({ collection, operation, api, rule }) => {
    const failures: string[] = []
    for (const cell of cells.filter((c) => c.collection === collection && c.operation === operation && c.api === api)) {
      const actor = actors[cell.role]
      const owner = cell.whose === 'own' ? actor.user : cell.whose === "stranger's" ? stranger : null
      const id = await recordFor(collection, operation, owner)
      const before = hasDrafts(collection) ? await publicView(collection, id) : null
      const outcome = await ATTEMPT[api]({ collection, operation, actor, id })
      const wanted = expected(rule, cell.role, cell.whose)
      if (!matches(outcome, wanted))
        failures.push(`${cell.role} (${cell.whose} record): ${outcome}, expected ${JSON.stringify(wanted)}`)
      if (outcome === 'ok') {
        // A workflow operation leaves what the public sees as it was: only approval changes it.
        if (rule === 'workflow' && before !== null && (await publicView(collection, id)) !== before)
          failures.push(`${cell.role}: the public version changed`)
        spend(collection, operation, owner)
      }
    }
    expect(failures, `${collection} · ${operation} · ${api} (${ruleText(rule)})`).toEqual([])
  })
})
