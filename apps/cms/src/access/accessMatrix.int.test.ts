/**
 * The access & review policy of the README, asserted cell by cell: every actor × collection ×
 * operation × API (Local API with overrideAccess: false, REST and GraphQL through Payload's
 * real handlers, tRPC through the app router). One table is the policy; nothing else decides.
 */
import { createCaller } from '@itinera/contracts'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { TRPCError } from '@trpc/server'
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, POLITIES, REVIEW_EVENTS, SOURCES, TRIPS, USERS } from '../slugs'
import { ACTORS, type TActor, type TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { createContext } from '../trpc/createContext'
import { transitionRecord } from '../workflow/transitionRecord'

const { payload, actors } = await setupIntegration('access_matrix')

type TOperation = 'readDraft' | 'read' | 'create' | 'update' | 'delete' | 'submit' | 'approve' | 'requestChanges'
type TApi = 'local' | 'rest' | 'graphql' | 'trpc'

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
  delete: ADMINS,
  submit: EDITORS,
  approve: REVIEWERS,
  requestChanges: REVIEWERS,
}
const REFERENCE = { read: EVERYONE, create: EDITORS, update: EDITORS, delete: ADMINS }

/** The policy. `read` on users means someone else's account; an operation left out does not apply. */
const POLICY: Record<string, Partial<Record<TOperation, TActorName[]>>> = {
  [TRIPS]: REVIEWED,
  [SOURCES]: REVIEWED,
  [REVIEW_EVENTS]: { read: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  [LEADERS]: REFERENCE,
  [POLITIES]: REFERENCE,
  [PLACES]: REFERENCE,
  [PEOPLE]: REFERENCE,
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
      return { email: `matrix-${n}@example.org`, password: 'a long enough password', name: `Matrix ${n}`, roles: ['editor'] }
    default:
      return { name: `Matrix ${collection} ${n}`, slug: `matrix-${collection}-${n}` }
  }
}
const changeFor = (collection: string): Record<string, unknown> =>
  collection === TRIPS || collection === SOURCES ? { summary: 'Changed' } : collection === USERS ? { name: 'Renamed' } : collection === REVIEW_EVENTS ? { comment: 'Rewritten' } : { name: 'Renamed' }
const reviewed = (collection: string) => collection === TRIPS || collection === SOURCES
/** What a client loaded: saves over REST and GraphQL, and review decisions, name a reviewed record's version. */
const loadedVersion = async (collection: string, id: number) =>
  reviewed(collection) ? (await payload.findByID({ collection: collection as typeof TRIPS, id, draft: true, depth: 0, overrideAccess: true })).updatedAt : undefined

/** A record in the state an operation needs, made by the system or by the fixture author. */
async function fixture(collection: string, operation: TOperation): Promise<number> {
  if (!reviewed(collection)) {
    if (collection === REVIEW_EVENTS) {
      const source = await fixture(SOURCES, 'approve')
      const events = await payload.find({ collection: REVIEW_EVENTS, where: { documentId: { equals: source } }, overrideAccess: true })
      return events.docs[0]!.id
    }
    return (await payload.create({ collection: collection as CollectionSlug, data: newData(collection) as never, overrideAccess: true })).id as number
  }
  const slug = collection as typeof TRIPS | typeof SOURCES
  const data = slug === TRIPS ? { ...newData(TRIPS), citations: [{ fact: 'certainty', source: approvedSourceId }] } : newData(SOURCES)
  const { id } = await payload.create({ collection: slug, data: data as never, draft: true, overrideAccess: false, user: author })
  if (operation === 'approve' || operation === 'requestChanges' || operation === 'read') {
    await transitionRecord(payload, { collection: slug, id, action: 'submit', user: author })
  }
  if (operation === 'read') await transitionRecord(payload, { collection: slug, id, action: 'approve', user: approver })
  return id
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
        const found = await payload.find({ collection: slug, where: { id: { equals: id } }, draft: operation === 'readDraft', ...access })
        return found.docs.length ? 'allowed' : 'denied'
      }
      case 'create':
        await payload.create({ collection: slug, data: newData(collection) as never, draft: reviewed(collection) || undefined, ...access })
        return 'allowed'
      case 'update':
        await payload.update({ collection: slug, id, data: changeFor(collection) as never, draft: reviewed(collection) || undefined, ...access })
        return 'allowed'
      case 'delete':
        await payload.delete({ collection: slug, id, ...access })
        return 'allowed'
      default: {
        const action = operation === 'requestChanges' ? 'request_changes' : operation
        await transitionRecord(payload, { collection: slug as typeof TRIPS, id, action, user: actor.user, comment: 'Needs a page number.' })
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
        return call('PATCH', `/${collection}/${id}${draft}`, { ...changeFor(collection), updatedAt: await loadedVersion(collection, id) })
      case 'delete':
        return call('DELETE', `/${collection}/${id}`)
      default:
        return call('POST', `/${collection}/${id}/workflow/${operation === 'requestChanges' ? 'request_changes' : operation}`, {
          comment: 'Needs a page number.',
          version: await loadedVersion(collection, id),
        })
    }
  })()
  return fromStatus(result.status, result.json)
}

async function viaGraphql(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome | 'n/a'> {
  const { one, input } = GRAPHQL_NAMES[collection]!
  const draftArg = reviewed(collection) ? ', draft: true' : ''
  const documents: Partial<Record<TOperation, [string, Record<string, unknown>]>> = {
    readDraft: [`query($id: Int!) { doc: ${one}(id: $id, draft: true) { id } }`, { id }],
    read: [`query($id: Int!) { doc: ${one}(id: $id) { id } }`, { id }],
    create: [`mutation($data: mutation${input}Input!) { doc: create${one}(data: $data${draftArg}) { id } }`, { data: newData(collection) }],
    update: [
      `mutation($id: Int!, $data: mutation${input}UpdateInput!) { doc: update${one}(id: $id, data: $data${draftArg}) { id } }`,
      { id, data: { ...changeFor(collection), updatedAt: await loadedVersion(collection, id) } },
    ],
    delete: [`mutation($id: Int!) { doc: delete${one}(id: $id) { id } }`, { id }],
  }
  const document = documents[operation]
  if (!document) return 'n/a'
  const headers = new Headers([...actor.headers, ['content-type', 'application/json']])
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: document[0], variables: document[1] }) }),
  )
  const body = (await response.json()) as { data?: { doc?: { id?: number } | null }; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  if (body.errors?.length) {
    const [error] = body.errors
    return fromStatus(error?.extensions?.statusCode ?? 500, body.errors)
  }
  return body.data?.doc?.id ? 'allowed' : 'denied'
}

async function viaTrpc(actor: TActor, collection: string, operation: TOperation, id: number): Promise<TOutcome | 'n/a'> {
  const trpc = createCaller(await createContext(payload, actor.headers))
  const version = await loadedVersion(collection, id)
  const attempt = (): Promise<unknown> | null => {
    if (collection === LEADERS && operation === 'read') {
      return trpc.leaders.list().then(({ leaders }) => (leaders.some((leader) => leader.id === id) ? true : Promise.reject(new TRPCError({ code: 'NOT_FOUND' }))))
    }
    if (collection === LEADERS && operation === 'create') return trpc.leaders.create(newData(LEADERS) as { slug: string; name: string })
    if (collection === REVIEW_EVENTS && operation === 'read') return trpc.editorial.history({ collection: SOURCES, id: 1 })
    if (!reviewed(collection)) return null
    const ref = { collection: collection as 'trips' | 'sources', id }
    if (operation === 'submit') return trpc.editorial.submit(ref)
    if (operation === 'approve') return trpc.editorial.approve({ ...ref, version: version! })
    if (operation === 'requestChanges') return trpc.editorial.requestChanges({ ...ref, version: version!, comment: 'Needs a page number.' })
    return null
  }
  const call = attempt()
  if (!call) return 'n/a'
  try {
    await call
    return 'allowed'
  } catch (error) {
    const code = error instanceof TRPCError ? error.code : 'INTERNAL_SERVER_ERROR'
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'denied'
    throw error
  }
}

const APIS: Record<TApi, (actor: TActor, collection: string, operation: TOperation, id: number) => Promise<TOutcome | 'n/a'>> = {
  local: viaLocal,
  rest: viaRest,
  graphql: viaGraphql,
  trpc: viaTrpc,
}

beforeAll(async () => {
  const system = { overrideAccess: true } as const
  author = await payload.create({ collection: USERS, data: { email: 'author@example.org', password: 'a long enough password', name: 'Author', roles: ['editor'] }, ...system })
  approver = await payload.create({ collection: USERS, data: { email: 'approver@example.org', password: 'a long enough password', name: 'Approver', roles: ['reviewer'] }, ...system })
  leaderId = (await payload.create({ collection: LEADERS, data: { name: 'Kim Il Sung', slug: 'kim-il-sung' }, ...system })).id
  approvedSourceId = await fixture(SOURCES, 'read')
}, 240_000)

const cells = Object.entries(POLICY).flatMap(([collection, operations]) =>
  Object.entries(operations).flatMap(([operation, allowed]) =>
    (Object.keys(APIS) as TApi[]).map((api) => ({ collection, operation: operation as TOperation, api, allowed: allowed! })),
  ),
)
let asserted = 0

describe('access matrix', () => {
  it.each(cells)('$collection · $operation · $api', async ({ collection, operation, api, allowed }) => {
    for (const name of EVERYONE) {
      const id = await fixture(collection, operation)
      const outcome = await APIS[api](actors[name], collection, operation, id)
      if (outcome === 'n/a') return
      expect(`${name}: ${outcome}`).toBe(`${name}: ${allowed.includes(name) ? 'allowed' : 'denied'}`)
      asserted += 1
    }
  })

  it('should have asserted every applicable cell', () => {
    // Reported in the test output; the count grows with the API surface.
    console.info(`access matrix: ${asserted} cells asserted`)
    expect(asserted).toBeGreaterThan(400)
  })
})
