/**
 * The access & review policy of the README, asserted cell by cell: every actor × collection ×
 * operation × API (Local API with overrideAccess: false, REST and GraphQL through Payload's
 * real handlers, tRPC through the app router), and what Payload's access rules themselves
 * answer for the document. One table is the policy; nothing else decides.
 */
import { createCaller } from '@itinera/contracts'
import { REVIEWED_COLLECTIONS, type TReviewedCollection } from '@itinera/contracts/domain'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { TRPCError } from '@trpc/server'
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, POLITIES, REVIEW_EVENTS, SOURCES, TRIPS, USERS } from '../slugs'
import { ACTORS, type TActor, type TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { checkChangedCitations } from '../test/workflow'
import { createContext } from '../trpc/createContext'
import { transitionRecord } from '../workflow/transitionRecord'

const { payload, actors } = await setupIntegration('access_matrix')

/** `publish`: a save that asks to publish, which only approval may do. */
type TOperation =
  'readDraft' | 'read' | 'create' | 'update' | 'publish' | 'delete' | 'submit' | 'approve' | 'requestChanges'
type TApi = 'local' | 'rest' | 'graphql' | 'trpc' | 'permissions'

const EVERYONE = Object.keys(ACTORS) as TActorName[]
const STAFF: TActorName[] = ['editor', 'reviewer', 'admin', 'editorReviewer']
const EDITORS: TActorName[] = ['editor', 'admin', 'editorReviewer']
const REVIEWERS: TActorName[] = ['reviewer', 'admin', 'editorReviewer']
const ADMINS: TActorName[] = ['admin']
const NOBODY: TActorName[] = []

const REVIEWED = {
  readDraft: STAFF,
  read: EVERYONE,
  create: EDITORS,
  update: EDITORS,
  publish: NOBODY,
  delete: ADMINS,
  submit: EDITORS,
  approve: REVIEWERS,
  requestChanges: REVIEWERS,
}

/** The policy. `read` on users means someone else's account; an operation left out does not apply. */
const POLICY: Record<string, Partial<Record<TOperation, TActorName[]>>> = {
  [TRIPS]: REVIEWED,
  [SOURCES]: REVIEWED,
  [REVIEW_EVENTS]: { read: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  [LEADERS]: REVIEWED,
  [POLITIES]: REVIEWED,
  [PLACES]: REVIEWED,
  [PEOPLE]: REVIEWED,
  [USERS]: { read: ADMINS, create: ADMINS, update: ADMINS, delete: ADMINS },
}

const GRAPHQL_NAMES: Record<string, { one: string; input: string }> = {
  [TRIPS]: { one: 'Trip', input: 'Trip' },
  [SOURCES]: { one: 'Source', input: 'Source' },
  [REVIEW_EVENTS]: { one: 'ReviewEvent', input: 'ReviewEvent' },
  [LEADERS]: { one: 'Leader', input: 'Leader' },
  [POLITIES]: { one: 'Polity', input: 'Polity' },
  [PLACES]: { one: 'Place', input: 'Place' },
  [PEOPLE]: { one: 'Person', input: 'Person' },
  [USERS]: { one: 'User', input: 'User' },
}

let author: User
let approver: User
let leaderId: number
let approvedSourceId: number
let seq = 0

/** Valid new data for each collection (unique on every call). */
function newData(collection: string): Record<string, unknown> {
  const n = ++seq
  switch (collection) {
    case TRIPS:
      return { title: `Matrix trip ${n}`, slug: `matrix-trip-${n}`, leader: leaderId, certainty: 'confirmed' }
    case SOURCES:
      return { kind: 'book', sourceClass: 'scholarship', title: `Matrix source ${n}` }
    case REVIEW_EVENTS:
      return { collection: TRIPS, documentId: 1, action: 'submit', fromState: 'draft', toState: 'in_review' }
    case USERS:
      return {
        email: `matrix-${n}@example.org`,
        password: 'a long enough password',
        name: `Matrix ${n}`,
        roles: ['editor'],
      }
    default:
      return { name: `Matrix ${collection} ${n}`, slug: `matrix-${collection}-${n}` }
  }
}
const changeFor = (collection: string): Record<string, unknown> =>
  collection === TRIPS || collection === SOURCES
    ? { summary: 'Changed' }
    : collection === USERS
      ? { name: 'Renamed' }
      : collection === REVIEW_EVENTS
        ? { comment: 'Rewritten' }
        : { name: 'Renamed' }
/** The save `publish` attempts: the change, published directly. */
const publishing = (collection: string) => ({ ...changeFor(collection), _status: 'published' })
const reviewed = (collection: string): collection is TReviewedCollection =>
  (REVIEWED_COLLECTIONS as readonly string[]).includes(collection)
/** What a client loaded: saves over REST and GraphQL, and review decisions, name a reviewed record's version. */
const loadedVersion = async (collection: string, id: number) =>
  reviewed(collection)
    ? (
        await payload.findByID({
          collection: collection as typeof TRIPS,
          id,
          draft: true,
          depth: 0,
          overrideAccess: true,
        })
      ).updatedAt
    : undefined

/** A record in the state an operation needs, made by the system or by the fixture author. */
async function fixture(collection: string, operation: TOperation): Promise<number> {
  if (!reviewed(collection)) {
    if (collection === REVIEW_EVENTS) {
      const source = await fixture(SOURCES, 'approve')
      const events = await payload.find({
        collection: REVIEW_EVENTS,
        where: { documentId: { equals: source } },
        overrideAccess: true,
      })
      return events.docs[0]!.id
    }
    return (
      await payload.create({
        collection: collection as CollectionSlug,
        data: newData(collection) as never,
        overrideAccess: true,
      })
    ).id as number
  }
  const data =
    collection === TRIPS
      ? { ...newData(TRIPS), citations: [{ fact: 'certainty', source: approvedSourceId }] }
      : newData(collection)
  const { id } = await payload.create({
    collection,
    data: data as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })
  if (operation === 'approve' || operation === 'requestChanges' || operation === 'read') {
    await transitionRecord(payload, { collection, id, action: 'submit', user: author })
  }
  // Checked against their sources by a reviewer, so whoever may approve it can.
  if (operation === 'approve' || operation === 'read')
    await checkChangedCitations(payload, collection as TReviewedCollection, id as number, approver)
  if (operation === 'read') await transitionRecord(payload, { collection, id, action: 'approve', user: approver })
  return id as number
}

type TOutcome = 'allowed' | 'denied'

const DENIED_STATUS = new Set([401, 403, 404])
function fromStatus(status: number, detail: unknown): TOutcome {
  if (status >= 200 && status < 300) return 'allowed'
  if (DENIED_STATUS.has(status)) return 'denied'
  throw new Error(`Unexpected status ${status}: ${JSON.stringify(detail)}`)
}

async function viaLocal(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome> {
  const slug = collection as CollectionSlug
  const access = { overrideAccess: false, user: actor.user, depth: 0 } as const
  try {
    switch (operation) {
      case 'readDraft':
      case 'read': {
        const found = await payload.find({
          collection: slug,
          where: { id: { equals: id } },
          draft: operation === 'readDraft',
          ...access,
        })
        return found.docs.length ? 'allowed' : 'denied'
      }
      case 'create':
        await payload.create({
          collection: slug,
          data: newData(collection) as never,
          draft: reviewed(collection) || undefined,
          ...access,
        })
        return 'allowed'
      case 'update':
        await payload.update({
          collection: slug,
          id,
          data: changeFor(collection) as never,
          draft: reviewed(collection) || undefined,
          ...access,
        })
        return 'allowed'
      case 'publish':
        await payload.update({ collection: slug, id, data: publishing(collection) as never, ...access })
        return 'allowed'
      case 'delete':
        await payload.delete({ collection: slug, id, ...access })
        return 'allowed'
      default: {
        const action = operation === 'requestChanges' ? 'request_changes' : operation
        await transitionRecord(payload, {
          collection: slug as typeof TRIPS,
          id,
          action,
          user: actor.user,
          comment: 'Needs a page number.',
        })
        return 'allowed'
      }
    }
  } catch (error) {
    return fromStatus((error as { status?: number }).status ?? 500, (error as Error).message)
  }
}

async function viaRest(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome> {
  const headers = actor.headers
  const draft = reviewed(collection) ? '?draft=true' : ''
  const call = (method: string, path: string, body?: unknown) => rest(payload, method, path, { headers, body })
  const result = await (async () => {
    switch (operation) {
      case 'readDraft':
        return call('GET', `/${collection}/${id}?draft=true`)
      case 'read':
        return call('GET', `/${collection}/${id}`)
      case 'create':
        return call('POST', `/${collection}${draft}`, newData(collection))
      case 'update':
        return call('PATCH', `/${collection}/${id}${draft}`, {
          ...changeFor(collection),
          updatedAt: await loadedVersion(collection, id),
        })
      case 'publish':
        return call('PATCH', `/${collection}/${id}`, {
          ...publishing(collection),
          updatedAt: await loadedVersion(collection, id),
        })
      case 'delete':
        return call('DELETE', `/${collection}/${id}`)
      default:
        return call(
          'POST',
          `/${collection}/${id}/workflow/${operation === 'requestChanges' ? 'request_changes' : operation}`,
          {
            comment: 'Needs a page number.',
            version: await loadedVersion(collection, id),
          },
        )
    }
  })()
  return fromStatus(result.status, result.json)
}

/** The GraphQL document for each operation GraphQL offers (workflow steps are REST and tRPC only). */
const GRAPHQL_DOCUMENTS: Partial<
  Record<TOperation, (collection: string, id: number) => Promise<[string, Record<string, unknown>]>>
> = {
  readDraft: async (collection, id) => [
    `query($id: Int!) { doc: ${GRAPHQL_NAMES[collection]!.one}(id: $id, draft: true) { id } }`,
    { id },
  ],
  read: async (collection, id) => [
    `query($id: Int!) { doc: ${GRAPHQL_NAMES[collection]!.one}(id: $id) { id } }`,
    { id },
  ],
  create: async (collection) => {
    const { one, input } = GRAPHQL_NAMES[collection]!
    return [
      `mutation($data: mutation${input}Input!) { doc: create${one}(data: $data${draftArg(collection)}) { id } }`,
      { data: newData(collection) },
    ]
  },
  update: async (collection, id) => {
    const { one, input } = GRAPHQL_NAMES[collection]!
    return [
      `mutation($id: Int!, $data: mutation${input}UpdateInput!) { doc: update${one}(id: $id, data: $data${draftArg(collection)}) { id } }`,
      { id, data: { ...changeFor(collection), updatedAt: await loadedVersion(collection, id) } },
    ]
  },
  publish: async (collection, id) => {
    const { one, input } = GRAPHQL_NAMES[collection]!
    return [
      `mutation($id: Int!, $data: mutation${input}UpdateInput!) { doc: update${one}(id: $id, data: $data) { id } }`,
      { id, data: { ...publishing(collection), updatedAt: await loadedVersion(collection, id) } },
    ]
  },
  delete: async (collection, id) => [
    `mutation($id: Int!) { doc: delete${GRAPHQL_NAMES[collection]!.one}(id: $id) { id } }`,
    { id },
  ],
}
const draftArg = (collection: string) => (reviewed(collection) ? ', draft: true' : '')

async function viaGraphql(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome> {
  const [query, variables] = await GRAPHQL_DOCUMENTS[operation]!(collection, id)
  const headers = new Headers([...actor.headers, ['content-type', 'application/json']])
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  )
  const body = (await response.json()) as {
    data?: { doc?: { id?: number } | null }
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
  if (body.errors?.length) {
    const [error] = body.errors
    return fromStatus(error?.extensions?.statusCode ?? 500, body.errors)
  }
  return body.data?.doc?.id ? 'allowed' : 'denied'
}

type TCaller = ReturnType<typeof createCaller>
type TProcedure = (trpc: TCaller, collection: string, id: number, version: string | undefined) => Promise<unknown>

const WORKFLOW_PROCEDURES: Partial<Record<TOperation, TProcedure>> = {
  submit: (trpc, collection, id) => trpc.editorial.submit({ collection: collection as TReviewedCollection, id }),
  approve: (trpc, collection, id, version) =>
    trpc.editorial.approve({ collection: collection as TReviewedCollection, id, version: version! }),
  requestChanges: (trpc, collection, id, version) =>
    trpc.editorial.requestChanges({
      collection: collection as TReviewedCollection,
      id,
      version: version!,
      comment: 'Needs a page number.',
    }),
}
/** The tRPC procedure that carries out each operation it offers. */
const TRPC_PROCEDURES: Record<string, Partial<Record<TOperation, TProcedure>>> = {
  [LEADERS]: {
    ...WORKFLOW_PROCEDURES,
    read: (trpc, _, id) =>
      trpc.leaders
        .list()
        .then(({ leaders }) =>
          leaders.some((leader) => leader.id === id) ? true : Promise.reject(new TRPCError({ code: 'NOT_FOUND' })),
        ),
    create: (trpc) => trpc.leaders.create(newData(LEADERS) as { slug: string; name: string }),
  },
  [REVIEW_EVENTS]: { read: (trpc) => trpc.editorial.history({ collection: SOURCES, id: 1 }) },
  [TRIPS]: WORKFLOW_PROCEDURES,
  [SOURCES]: WORKFLOW_PROCEDURES,
  [POLITIES]: WORKFLOW_PROCEDURES,
  [PLACES]: WORKFLOW_PROCEDURES,
  [PEOPLE]: WORKFLOW_PROCEDURES,
}

async function viaTrpc(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome> {
  const trpc = createCaller(await createContext(payload, actor.headers))
  try {
    await TRPC_PROCEDURES[collection]![operation]!(trpc, collection, id, await loadedVersion(collection, id))
    return 'allowed'
  } catch (error) {
    const code = error instanceof TRPCError ? error.code : 'INTERNAL_SERVER_ERROR'
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'denied'
    throw error
  }
}

/** The access operation Payload decides for each operation; reading a draft is `read` on a record never approved. */
const PERMISSION_OF: Partial<Record<TOperation, 'read' | 'create' | 'update' | 'delete'>> = {
  readDraft: 'read',
  read: 'read',
  create: 'create',
  update: 'update',
  delete: 'delete',
}

/**
 * What the collection's access rules answer for this document (`POST /api/<collection>/access/<id>`,
 * what the admin asks before showing a form as editable). A rule wider than the policy shows here
 * even where a later check (the workflow's roles) still refuses the operation itself.
 */
async function viaPermissions(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome> {
  const result = await rest(payload, 'POST', `/${collection}/access/${id}`, { headers: actor.headers })
  if (result.status !== 200) throw new Error(`Unexpected status ${result.status}: ${JSON.stringify(result.json)}`)
  // Payload shortens a granted operation to `true` (or `{ permission: true, where }` when a query granted it) and leaves out a denied one.
  const answer = result.json?.[PERMISSION_OF[operation]!] as true | { permission: boolean } | undefined
  return answer === true || answer?.permission === true ? 'allowed' : 'denied'
}

const EVERY_OPERATION = () => true
/** Each API and the collection operations it offers: a cell exists only where the API offers it. */
const APIS: Record<TApi, { offers: (collection: string, operation: TOperation) => boolean; attempt: typeof viaLocal }> =
  {
    local: { offers: EVERY_OPERATION, attempt: viaLocal },
    rest: { offers: EVERY_OPERATION, attempt: viaRest },
    graphql: { offers: (_, operation) => operation in GRAPHQL_DOCUMENTS, attempt: viaGraphql },
    trpc: { offers: (collection, operation) => operation in (TRPC_PROCEDURES[collection] ?? {}), attempt: viaTrpc },
    permissions: { offers: (_, operation) => operation in PERMISSION_OF, attempt: viaPermissions },
  }

beforeAll(async () => {
  const system = { overrideAccess: true } as const
  author = await payload.create({
    collection: USERS,
    data: { email: 'author@example.org', password: 'a long enough password', name: 'Author', roles: ['editor'] },
    ...system,
  })
  approver = await payload.create({
    collection: USERS,
    data: { email: 'approver@example.org', password: 'a long enough password', name: 'Approver', roles: ['reviewer'] },
    ...system,
  })
  // Approved: a trip is approved only with an approved leader.
  leaderId = await fixture(LEADERS, 'read')
  approvedSourceId = await fixture(SOURCES, 'read')
}, 240_000)

const cells = Object.entries(POLICY).flatMap(([collection, operations]) =>
  Object.entries(operations).flatMap(([operation, allowed]) =>
    (Object.keys(APIS) as TApi[])
      .filter((api) => APIS[api].offers(collection, operation as TOperation))
      .map((api) => ({ collection, operation: operation as TOperation, api, allowed: allowed! })),
  ),
)
let asserted = 0

describe('access matrix', () => {
  it.each(cells)('$collection · $operation · $api', async ({ collection, operation, api, allowed }) => {
    for (const name of EVERYONE) {
      const id = await fixture(collection, operation)
      const outcome = await APIS[api].attempt(actors[name], collection, operation, id)
      expect(`${name}: ${outcome}`).toBe(`${name}: ${allowed.includes(name) ? 'allowed' : 'denied'}`)
      asserted += 1
    }
  })

  it('should have asserted every actor in every cell the table makes', () => {
    console.info(`access matrix: ${asserted} cells asserted`)
    expect(asserted).toBe(cells.length * EVERYONE.length)
  })
})
