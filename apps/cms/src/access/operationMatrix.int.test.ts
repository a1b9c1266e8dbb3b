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
import { checkChangedCitations } from '../test/workflow'
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
  renderPolicy,
  ROLES,
  ROOT_ENDPOINTS,
  ROOT_GRAPHQL,
  ruleText,
  type TApi,
  type TOperation,
  type TOperationName,
  type TPolicyRole,
  type TRule,
} from './operationPolicy'
import { graphqlOperations, localApiMembers, restEndpoints, restFlags, rootEndpoints } from './payloadOperations'

const { payload, actors, ref } = await setupIntegration('operation_matrix', { referenceData: true })
const graphql = await graphqlOperations(payload)
const endpoints = restEndpoints(payload)

/** The operations a collection offers on an API, by the policy's names. */
function offered(collection: string, api: TApi): Set<TOperationName> {
  const faces: Set<string> =
    api === 'rest'
      ? new Set(endpoints[collection] || [])
      : api === 'graphql'
        ? new Set(graphql.operations.filter((o) => o.collection === collection).map((o) => o.pattern))
        : new Set(localApiMembers(payload))
  const { versions } = payload.collections[collection as CollectionSlug].config
  return new Set(
    (Object.keys(OPERATIONS) as TOperationName[]).filter((name) => {
      const operation: TOperation = OPERATIONS[name]
      const face = operation[api]
      if (!face || !faces.has(face)) return false
      // Flags and data that publish, unpublish or restore apply to a collection with drafts.
      if (operation.variant) return Boolean(versions && versions.drafts)
      // Payload routes the version endpoints of every collection (REST); the Local API's version calls need versions.
      return !VERSION_OPERATIONS.has(name) || Boolean(versions) || api === 'rest'
    }),
  )
}
const VERSION_OPERATIONS = new Set<TOperationName>([
  'findVersions',
  'findVersionByID',
  'countVersions',
  'restoreVersion',
])

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

  it('should have the policy section in the README exactly as operationPolicy.ts renders it', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8')
    const table = readme.match(/<!-- operation-policy:start -->\n([\s\S]*?)\n<!-- operation-policy:end -->/)?.[1]
    expect(table).toBe(renderPolicy())
    expect(readme, `the README states the cell count, ${cells.length}`).toContain(`${cells.length} cells`)
  })
})

// ————— Records to act on —————

let seq = 0
const system = { overrideAccess: true, depth: 0 } as const
const author = actors.editor.user!
const approver = actors.reviewer.user!
/** Someone other than the acting user, for `own` rules. */
const stranger: User = await payload.create({
  collection: USERS,
  data: { email: 'stranger@example.org', password: 'a long enough password', name: 'Stranger', roles: ['editor'] },
  ...system,
})
const hasDrafts = (collection: string) =>
  Boolean(payload.collections[collection as CollectionSlug]?.config.versions?.drafts)
const userRef = (user: User) => ({ relationTo: USERS, value: user.id })

/** Valid new data for each collection (unique on every call); `owner` holds a lock. */
function newData(collection: string, owner: User | null = null): Record<string, unknown> {
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
    case 'comments':
      return { collection: TRIPS, documentId: lockedTripId, body: `Matrix comment ${n}` }
    case 'link-checks':
      return {
        source: approvedSourceId,
        target: 'url',
        url: `https://example.org/${n}`,
        checkedAt: new Date(),
        health: 'live',
        failures: 0,
      }
    case 'citation-checks':
      return {
        collection: TRIPS,
        recordId: lockedTripId,
        citation: `matrix-citation-${n}`,
        citationHash: `matrix-hash-${n}`,
        checkedBy: stranger.id,
        checkedByName: 'Matrix',
        checkedAt: new Date(),
      }
    case 'notifications':
      return {
        recipient: (owner ?? stranger).id,
        kind: 'submitted',
        collection: TRIPS,
        documentId: lockedTripId,
        recordTitle: `Matrix ${n}`,
      }
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
      return { document: { relationTo: TRIPS, value: lockedTripId }, user: userRef(owner ?? stranger) }
    case 'payload-preferences':
      // Its owner is whoever saves it: Payload sets `user` from the request.
      return { key: `matrix-${n}`, value: { n } }
    case 'payload-kv':
      return { key: `matrix-${n}`, data: { n } }
    case 'payload-migrations':
      return { name: `matrix-${n}`, batch: 99 }
    default:
      return { name: `Matrix ${collection} ${n}`, slug: `matrix-${collection}-${n}` }
  }
}

/** What a save changes; a lock changes hands to the one saving it (the admin's "take over"). */
const changeFor = (collection: string, actor: TActor): Record<string, unknown> =>
  ({
    [TRIPS]: { summary: 'Changed' },
    [SOURCES]: { summary: 'Changed' },
    'review-events': { comment: 'Rewritten' },
    comments: { body: 'Rewritten' },
    'link-checks': { error: 'Rewritten' },
    'citation-checks': { note: 'Rewritten' },
    notifications: { readAt: new Date().toISOString() },
    'payload-locked-documents': { user: actor.user ? userRef(actor.user) : null },
    'payload-preferences': { value: { changed: true } },
    'payload-kv': { data: { changed: true } },
    'payload-migrations': { batch: 100 },
    tombstones: { reason: 'Rewritten' },
  })[collection] ?? { name: 'Renamed' }

/** Written by an editor, submitted, approved by a reviewer, then edited again: public, with a draft over it. */
async function approvedWithDraft(collection: string): Promise<number> {
  const slug = collection as typeof TRIPS
  const { id } = await payload.create({
    collection: slug,
    data: newData(collection) as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })
  await transitionRecord(payload, { collection: slug, id, action: 'submit', user: author })
  await checkChangedCitations(payload, slug, id, approver)
  await transitionRecord(payload, { collection: slug, id, action: 'approve', user: approver })
  await payload.update({
    collection: slug,
    id,
    data: changeFor(collection, actors.editor) as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })
  return id
}

/** A record as operations find it: reviewed ones public with a draft over them, others as the system writes them for `owner`. */
async function makeRecord(collection: string, owner: User | null): Promise<number> {
  if (hasDrafts(collection)) return approvedWithDraft(collection)
  if (collection === 'review-events')
    return (await payload.find({ collection: 'review-events', limit: 1, ...system })).docs[0]!.id
  const created = await payload.create({
    collection: collection as CollectionSlug,
    data: newData(collection, owner) as never,
    // A preference belongs to the user saving it.
    user: owner ?? stranger,
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
/** The trip every lock in the matrix is on. */
const lockedTripId = await approvedWithDraft(TRIPS)

/** Operations that change nothing: one record per collection serves them all. */
const READS = new Set<TOperationName>([
  'find',
  'findByID',
  'count',
  'findDistinct',
  'docAccess',
  'findVersions',
  'findVersionByID',
  'countVersions',
  'readPreference',
])

/**
 * One record per collection, operation and owner, shared by the attempts of every role and API
 * until one changes it: a refused attempt leaves it as it was, so only a successful one costs a
 * new record.
 */
const records = new Map<string, number>()
const recordKey = (collection: string, operation: TOperationName, owner: User | null) =>
  `${collection}·${READS.has(operation) ? 'read' : operation}·${owner?.id ?? 'system'}`
async function recordFor(collection: string, operation: TOperationName, owner: User | null) {
  // A user's own record in `users` is their account.
  if (collection === USERS && owner && owner.id !== stranger.id) return owner.id
  const key = recordKey(collection, operation, owner)
  if (!records.has(key)) {
    const id = await makeRecord(collection, owner)
    // Someone else is editing it: what `overrideLock` is about.
    if (operation === 'overrideLock')
      await payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: collection, value: id }, user: userRef(stranger) } as never,
        ...system,
      })
    records.set(key, id)
  }
  return records.get(key)!
}

/** A record's versions, oldest first. */
const versionIds = async (collection: string, id: number) =>
  (
    await payload.findVersions({
      collection: collection as CollectionSlug,
      where: { parent: { equals: id } },
      sort: 'createdAt',
      ...system,
    })
  ).docs.map((version) => version.id)
/** The version a read or a restore acts on: the oldest (a version of a collection without versions: none). */
const oldestVersionId = async (collection: string, id: number) =>
  payload.collections[collection as CollectionSlug].config.versions ? (await versionIds(collection, id))[0]! : 1
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

/** Data that make a save a variant of its own. */
const STATUS_DATA: Partial<Record<TOperationName, Record<string, unknown>>> = {
  publish: { _status: 'published' },
  unpublish: { _status: 'draft' },
}
/** Query parameters (REST) and options (Local API) that make a save a variant of its own. */
const SAVE_FLAGS: Partial<Record<TOperationName, Record<string, boolean | string>>> = {
  autosave: { autosave: true, draft: true },
  unpublishAllLocales: { unpublishAllLocales: true, draft: true },
  publishAllLocales: { publishAllLocales: true },
  publishSpecificLocale: { publishSpecificLocale: 'en' },
  overrideLock: { overrideLock: true, draft: true },
}
const query = (flags: Record<string, boolean | string>) =>
  Object.entries(flags)
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
const whereId = (id: number) => `where[id][equals]=${id}`
const isListed = (docs: { id: unknown }[] | undefined, id: number) => (docs ?? []).some((doc) => doc.id === id)

async function viaRest({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const call = (method: string, url: string, body?: unknown, headers: [string, string][] = []) =>
    rest(payload, method, `/${collection}${url}`, { headers: new Headers([...actor.headers, ...headers]), body })
  const draft = hasDrafts(collection) ? 'draft=true' : ''
  const save = async (data: Record<string, unknown> = {}) => ({
    ...changeFor(collection, actor),
    updatedAt: await loadedVersion(collection, id),
    ...data,
  })
  // A list answers 200 whoever asks; it shows the record or not.
  const listing = (result: Awaited<ReturnType<typeof call>>, shown: boolean) =>
    result.status === 200 ? (shown ? 'ok' : HIDDEN) : result.status
  const docs = (result: Awaited<ReturnType<typeof call>>) => result.json?.docs as { id: unknown }[] | undefined
  const preferenceKey = async () =>
    (await payload.findByID({ collection: 'payload-preferences', id, ...system })).key as string
  let result: Awaited<ReturnType<typeof call>>
  switch (operation) {
    case 'find':
      result = await call('GET', `?${whereId(id)}`)
      return listing(result, isListed(docs(result), id))
    case 'count':
      result = await call('GET', `/count?${whereId(id)}`)
      return listing(result, (result.json?.totalDocs as number) > 0)
    case 'findVersions':
      result = await call('GET', `/versions?where[parent][equals]=${id}`)
      return listing(result, Boolean(docs(result)?.length))
    case 'updateWhere':
      result = await call('PATCH', `?${whereId(id)}&${draft}`, await save())
      return listing(result, isListed(docs(result), id))
    case 'deleteWhere':
      result = await call('DELETE', `?${whereId(id)}`)
      return listing(result, isListed(docs(result), id))
    case 'readPreference':
      // Payload answers 200 whoever asks, with the caller's own preference under that key or none.
      result = await call('GET', `/${await preferenceKey()}`)
      return listing(result, result.json?.id === id)
    case 'findByID':
      result = await call('GET', `/${id}`)
      break
    case 'docAccess':
      result = await call('POST', `/access/${id}`)
      break
    case 'findVersionByID':
      result = await call('GET', `/versions/${await oldestVersionId(collection, id)}`)
      break
    case 'restoreVersion':
      result = await call('POST', `/versions/${await oldestVersionId(collection, id)}?${draft}`, undefined, [
        ['if-match', `"${await loadedVersion(collection, id)}"`],
      ])
      break
    case 'restoreOverPublic':
      result = await call('POST', `/versions/${await oldestVersionId(collection, id)}`, undefined, [
        ['if-match', `"${await loadedVersion(collection, id)}"`],
      ])
      break
    case 'create':
      result = await call('POST', `?${draft}`, newData(collection, actor.user))
      break
    case 'update':
      result = await call('PATCH', `/${id}?${draft}`, await save())
      break
    case 'saveWithoutDraft':
    case 'publish':
    case 'unpublish':
      result = await call('PATCH', `/${id}`, await save(STATUS_DATA[operation]))
      break
    case 'autosave':
    case 'unpublishAllLocales':
    case 'publishAllLocales':
    case 'publishSpecificLocale':
    case 'overrideLock':
      result = await call('PATCH', `/${id}?${query(SAVE_FLAGS[operation]!)}`, await save())
      break
    case 'delete':
      result = await call('DELETE', `/${id}`)
      break
    case 'duplicate':
      result = await call('POST', `/${id}/duplicate?${draft}`)
      break
    case 'workflow':
      result = await call('POST', `/${id}/workflow/submit`, { version: await loadedVersion(collection, id) })
      break
    case 'proposeSource':
      // Past the access check an empty identifier is a bad request: a 400 is access granted, and nothing is fetched.
      result = await call('POST', '/autofill', { identifier: '' })
      return result.status === 400 ? 'ok' : result.status
    case 'acceptArchive':
      // Past the access check a source no check proposed a copy for is a conflict: a 409 is access granted.
      result = await call('POST', `/${id}/accept-archive`)
      return result.status === 409 ? 'ok' : result.status
    case 'savePreference':
      result = await call('POST', `/matrix-saved`, { value: { by: actor.name } })
      break
    case 'deletePreference':
      result = await call('DELETE', `/${await preferenceKey()}`)
      break
    default:
      throw new Error(`REST has no ${operation}`)
  }
  return result.status >= 200 && result.status < 300 ? 'ok' : result.status
}

async function viaGraphql({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const { one, many } = graphql.names[collection]!
  const draft = hasDrafts(collection) ? ', draft: true' : ''
  const save = async (data: Record<string, unknown> = {}) => ({
    ...changeFor(collection, actor),
    updatedAt: await loadedVersion(collection, id),
    ...data,
  })
  const update = (args: string) =>
    `mutation($id: Int!, $data: mutation${one}UpdateInput!) { result: update${one}(id: $id, data: $data${args}) { id } }`
  const restore = (args: string) => `mutation($id: Int!) { result: restoreVersion${one}(id: $id${args}) { id } }`
  const documents: Partial<Record<TOperationName, () => Promise<[string, Record<string, unknown>]>>> = {
    find: async () => [`query($id: Int!) { result: ${many}(where: { id: { equals: $id } }) { docs { id } } }`, { id }],
    count: async () => [
      `query($id: Int!) { result: count${many}(where: { id: { equals: $id } }) { totalDocs } }`,
      { id },
    ],
    findByID: async () => [`query($id: Int!) { result: ${one}(id: $id) { id } }`, { id }],
    docAccess: async () => [`query($id: Int!) { result: docAccess${one}(id: $id) { __typename } }`, { id }],
    // Versions have ids of their own: whether any is listed is what counts.
    findVersions: async () => [
      `query { result: versions${many}(where: { parent: { equals: ${id} } }) { totalDocs } }`,
      {},
    ],
    findVersionByID: async () => [
      `query($id: Int!) { result: version${one}(id: $id) { id } }`,
      { id: await oldestVersionId(collection, id) },
    ],
    restoreVersion: async () => [restore(', draft: true'), { id: await oldestVersionId(collection, id) }],
    restoreOverPublic: async () => [restore(''), { id: await oldestVersionId(collection, id) }],
    create: async () => [
      `mutation($data: mutation${one}Input!) { result: create${one}(data: $data${draft}) { id } }`,
      { data: newData(collection, actor.user) },
    ],
    update: async () => [update(draft), { id, data: await save() }],
    saveWithoutDraft: async () => [update(''), { id, data: await save() }],
    publish: async () => [update(''), { id, data: await save(STATUS_DATA.publish) }],
    unpublish: async () => [update(''), { id, data: await save(STATUS_DATA.unpublish) }],
    autosave: async () => [update(', autosave: true, draft: true'), { id, data: await save() }],
    delete: async () => [`mutation($id: Int!) { result: delete${one}(id: $id) { id } }`, { id }],
    // Payload's schema requires `data`, what the copy changes: new values as the system would write them
    // (a lock's copy stays in its holder's name, as REST and the Local API copy it).
    duplicate: async () => [
      `mutation($id: Int!, $data: mutation${one}Input!) { result: duplicate${one}(id: $id, data: $data) { id } }`,
      { id, data: newData(collection) },
    ],
  }
  const [document, variables] = await documents[operation]!()
  // A restore names the version it replaces as REST does (If-Match), in the request's headers.
  const version = operation.startsWith('restore') ? await loadedVersion(collection, id) : undefined
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: new Headers([
        ...actor.headers,
        ['content-type', 'application/json'],
        ...(version ? [['if-match', `"${version}"`] as [string, string]] : []),
      ]),
      body: JSON.stringify({ query: document, variables }),
    }),
  )
  const body = (await response.json()) as {
    data?: { result?: { id?: number; docs?: { id: number }[]; totalDocs?: number } | null }
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
  if (body.errors?.length) {
    const status = body.errors[0]!.extensions?.statusCode
    if (!status) throw new Error(`GraphQL ${operation} on ${collection}: ${JSON.stringify(body.errors)}`)
    return status
  }
  const result = body.data?.result
  if (!result) return HIDDEN
  if (result.docs) return isListed(result.docs, id) ? 'ok' : HIDDEN
  if (result.totalDocs !== undefined) return result.totalDocs > 0 ? 'ok' : HIDDEN
  return 'ok'
}

async function viaLocal({ collection, operation, actor, id }: TAttempt): Promise<TOutcome> {
  const slug = collection as CollectionSlug
  const access = { overrideAccess: false, user: actor.user, depth: 0 } as const
  const draft = hasDrafts(collection) || undefined
  const where = { id: { equals: id } }
  const ofRecord = { parent: { equals: id } }
  const data = (extra: Record<string, unknown> = {}) => ({ ...changeFor(collection, actor), ...extra }) as never
  const shown = (yes: boolean) => (yes ? 'ok' : HIDDEN)
  // Payload answers a bulk operation with the records it changed and an error for each it did not.
  const bulk = (result: { docs: { id: unknown }[]; errors: { message: string }[] }) => {
    if (result.errors.length) return 400
    return shown(isListed(result.docs, id))
  }
  try {
    switch (operation) {
      case 'find':
        return shown((await payload.find({ collection: slug, where, ...access })).docs.length > 0)
      case 'count':
        return shown((await payload.count({ collection: slug, where, ...access })).totalDocs > 0)
      case 'findDistinct': {
        const distinct = await payload.findDistinct({ collection: slug, field: 'createdAt', where, ...access } as never)
        return shown((distinct as { values: unknown[] }).values.length > 0)
      }
      case 'findVersions':
        return shown((await payload.findVersions({ collection: slug, where: ofRecord, ...access })).docs.length > 0)
      case 'countVersions':
        return shown((await payload.countVersions({ collection: slug, where: ofRecord, ...access })).totalDocs > 0)
      case 'updateWhere':
        return bulk(await payload.update({ collection: slug, where, data: data(), draft, ...access }))
      case 'deleteWhere':
        return bulk(await payload.delete({ collection: slug, where, ...access }))
      case 'findByID':
        await payload.findByID({ collection: slug, id, ...access })
        break
      case 'findVersionByID':
        await payload.findVersionByID({
          collection: slug,
          id: String(await oldestVersionId(collection, id)),
          ...access,
        })
        break
      case 'restoreOverPublic':
        await payload.restoreVersion({ collection: slug, id: String(await oldestVersionId(collection, id)), ...access })
        break
      case 'create':
        await payload.create({ collection: slug, data: newData(collection, actor.user) as never, draft, ...access })
        break
      case 'update':
        await payload.update({ collection: slug, id, data: data(), draft, ...access })
        break
      case 'saveWithoutDraft':
      case 'publish':
      case 'unpublish':
        await payload.update({ collection: slug, id, data: data(STATUS_DATA[operation]), ...access })
        break
      case 'autosave':
      case 'unpublishAllLocales':
      case 'publishAllLocales':
      case 'publishSpecificLocale':
      case 'overrideLock':
        await payload.update({ collection: slug, id, data: data(), ...SAVE_FLAGS[operation], ...access } as never)
        break
      case 'delete':
        await payload.delete({ collection: slug, id, ...access })
        break
      case 'duplicate':
        await payload.duplicate({ collection: slug, id, draft, ...access } as never)
        break
      default:
        throw new Error(`The Local API has no ${operation}`)
    }
    return 'ok'
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

/** Operations that can only act on the caller's own record: creating one, and preferences by key (a key names the caller's). */
const OWN_ONLY = new Set<TOperationName>(['create', 'savePreference', 'readPreference', 'deletePreference'])
/**
 * Whose record a role acts on: `own` rules are tried on the actor's own record and on a
 * stranger's; every other rule on a record the system made.
 */
type TWhose = 'own' | "stranger's" | 'system'
function whoseFor(rule: TRule, operation: TOperationName): TWhose[] {
  if (rule !== 'own' && rule !== 'own, admins') return ['system']
  return OWN_ONLY.has(operation) ? ['own'] : ['own', "stranger's"]
}

type TExpected = 'ok' | 'denied' | 'refused' | number | { refusedOrDenied: number }
/** What the rule says a role gets: `ok`, `denied` (401, 403 or not found), `refused` (any non-2xx), or a status. */
function expected(rule: TRule, role: TPolicyRole, whose: TWhose): TExpected {
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
function matches(outcome: TOutcome, wanted: TExpected) {
  if (wanted === 'denied') return outcome !== 'ok' && DENIED.has(outcome)
  if (wanted === 'refused') return outcome !== 'ok'
  if (typeof wanted === 'object') return outcome === wanted.refusedOrDenied || (outcome !== 'ok' && DENIED.has(outcome))
  return outcome === wanted
}

interface TRow {
  collection: string
  operation: TOperationName
  api: TApi
  rule: TRule
}
/** Every classified operation each collection offers on each API; the cells are its roles. */
const rows: TRow[] = collections.flatMap((collection) => {
  const group = groupOf(collection)
  if (!group) return []
  const policy = POLICY[group]
  return (['rest', 'graphql', 'local'] as const).flatMap((api) =>
    [...offered(collection, api)].flatMap((operation) =>
      policy[operation] ? [{ collection, operation, api, rule: policy[operation] }] : [],
    ),
  )
})
const cellsOf = (row: TRow) =>
  ROLES.flatMap((role) =>
    whoseFor(row.rule, row.operation)
      // Anonymous visitors own nothing.
      .filter((whose) => !(whose === 'own' && role === 'anonymous'))
      .map((whose) => ({ role, whose })),
  )
const cells = rows.flatMap((row) => cellsOf(row).map((cell) => ({ ...row, ...cell })))

describe('operation matrix', () => {
  it.each(rows)('$collection · $operation · $api', async (row) => {
    const { collection, operation, api, rule } = row
    const failures: string[] = []
    for (const { role, whose } of cellsOf(row)) {
      const actor = actors[role]
      const owner = whose === 'own' ? actor.user : whose === "stranger's" ? stranger : null
      const id = await recordFor(collection, operation, owner)
      const watched = rule === 'workflow' && hasDrafts(collection)
      const before = watched ? await publicView(collection, id) : null
      const outcome = await ATTEMPT[api]({ collection, operation, actor, id })
      const wanted = expected(rule, role, whose)
      if (!matches(outcome, wanted))
        failures.push(`${role} (${whose} record): ${outcome}, expected ${JSON.stringify(wanted)}`)
      if (outcome !== 'ok') continue
      // A workflow operation leaves what the public sees as it was: only an approval changes it.
      const publicChanged = watched && (await publicView(collection, id)) !== before
      if (publicChanged) failures.push(`${role}: the public version changed`)
      // A save that left it so keeps the record as the next attempt needs it (public, a draft over it).
      if (!watched || publicChanged || operation === 'workflow') records.delete(recordKey(collection, operation, owner))
    }
    expect(failures, `${collection} · ${operation} · ${api} (${ruleText(rule)})`).toEqual([])
  })
})
