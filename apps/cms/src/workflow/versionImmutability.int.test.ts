import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { seedDataset } from '../seed/seedDataset'
import { REVIEW_EVENTS, SOURCES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { approvedSource, draftSource, saveDraft, submitAndApprove } from '../test/workflow'
import { contentHash } from './contentHash'
import { versionTable } from './versionImmutability'

const integration = await setupIntegration('version_immutability')
const { payload } = integration

beforeAll(async () => {
  await seedDataset(payload)
  // A few approvals by people besides the seed's: a first one, and a second one of an edit.
  const source = await approvedSource(integration, { title: 'Approved twice' })
  await saveDraft(integration, SOURCES, source.id, { rights: 'Public domain' }, 'editor')
  await submitAndApprove(integration, SOURCES, source.id)
}, 300_000)

const approvals = async () =>
  (
    await payload.find({
      collection: REVIEW_EVENTS,
      where: { action: { equals: 'approve' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** The newest approve event of a collection and the version row it names. */
async function approvedVersionOf(collection: typeof SOURCES | typeof TRIPS) {
  const event = (await approvals()).filter((approval) => approval.collection === collection).at(-1)!
  return { event, versionId: Number(event.versionId) }
}

const refusal = (query: Promise<unknown>) =>
  query.then(
    () => 'allowed',
    (error: { cause?: { message?: string }; message?: string }) => error.cause?.message ?? error.message ?? '',
  )

describe('approved content', () => {
  it('should re-verify: every approve event’s hash is the hash of the version it names', async () => {
    const events = await approvals()
    expect(events.length).toBeGreaterThan(100)
    for (const event of events) {
      const version = await payload.findVersionByID({
        collection: event.collection,
        id: event.versionId!,
        depth: 0,
        overrideAccess: true,
      })
      expect(event.contentHash, `${event.collection} version ${event.versionId}`).toBe(
        contentHash(version.version as unknown as Record<string, unknown>),
      )
      expect(event.contentHash).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('should hash content only: the same content gives the same hash whatever its bookkeeping or key order', () => {
    const content = { title: 'Visit', stops: [{ id: 'stop-1', places: [3] }] }
    const hash = contentHash(content)
    expect(
      contentHash({ stops: content.stops, title: 'Visit', updatedAt: 'now', editedBy: [1], reviewState: 'x' }),
    ).toBe(hash)
    expect(contentHash({ ...content, title: 'Visit!' })).not.toBe(hash)
    expect(contentHash({ ...content, stops: [{ id: 'stop-2', places: [3] }] })).not.toBe(hash)
  })
})

describe('the database', () => {
  it('should refuse changing or deleting an approved version row, and allow clearing its latest flag', async () => {
    const { versionId } = await approvedVersionOf(TRIPS)
    expect(
      await refusal(rawSql(payload, sql`UPDATE _trips_v SET version_summary = 'Rewritten' WHERE id = ${versionId}`)),
    ).toMatch(/was approved \(a review event names it\): it cannot be changed or deleted/)
    expect(await refusal(rawSql(payload, sql`DELETE FROM _trips_v WHERE id = ${versionId}`))).toMatch(/was approved/)
    expect(
      await refusal(
        rawSql(payload, sql`UPDATE _trips_v SET latest = latest, updated_at = updated_at WHERE id = ${versionId}`),
      ),
    ).toBe('allowed')
  })

  it('should refuse changing, adding or removing the rows that hold an approved version’s arrays and relations', async () => {
    const { versionId } = await approvedVersionOf(TRIPS)
    const [stop] = await rawSql<{ id: number }>(
      payload,
      sql`SELECT id FROM _trips_v_version_stops WHERE _parent_id = ${versionId} LIMIT 1`,
    )
    expect(stop).toBeDefined()
    expect(
      await refusal(
        rawSql(payload, sql`UPDATE _trips_v_version_citations SET quote = 'Invented' WHERE _parent_id = ${versionId}`),
      ),
    ).toMatch(/its _trips_v_version_citations rows cannot be changed/)
    // A nested array: its rows belong to a stop, which belongs to the version.
    expect(
      await refusal(rawSql(payload, sql`DELETE FROM _trips_v_version_stops_meetings WHERE _parent_id = ${stop!.id}`)),
    ).toMatch(/rows cannot be changed/)
    expect(await refusal(rawSql(payload, sql`DELETE FROM _trips_v_rels WHERE parent_id = ${versionId}`))).toMatch(
      /rows cannot be changed/,
    )
    expect(
      await refusal(
        rawSql(
          payload,
          sql`INSERT INTO _trips_v_version_stops_details (_order, _parent_id, text) VALUES (99, ${stop!.id}, 'Added')`,
        ),
      ),
    ).toMatch(/rows cannot be changed/)
  })

  it('should refuse changing or deleting any review event', async () => {
    const { event } = await approvedVersionOf(SOURCES)
    expect(
      await refusal(rawSql(payload, sql`UPDATE review_events SET content_hash = 'forged' WHERE id = ${event.id}`)),
    ).toMatch(/review events are append-only/)
    expect(await refusal(rawSql(payload, sql`DELETE FROM review_events WHERE id = ${event.id}`))).toMatch(/append-only/)
  })

  it('should leave versions no approval names alone: drafts are saved, and a never-approved draft is deleted with its history', async () => {
    const draft = await draftSource(integration, 'editor', { title: 'Never approved' })
    await saveDraft(integration, SOURCES, draft.id, { rights: 'Unknown' }, 'editor')
    await payload.delete({
      collection: SOURCES,
      id: draft.id,
      overrideAccess: false,
      user: integration.actors.admin.user,
    })
    const left = await rawSql(payload, sql`SELECT id FROM _sources_v WHERE parent_id = ${draft.id}`)
    expect(left).toEqual([])
  })

  it('should guard every table that holds a reviewed collection’s versions', async () => {
    for (const collection of REVIEWED_COLLECTIONS) {
      const table = versionTable(collection)
      const unguarded = await rawSql<{ name: string }>(
        payload,
        sql`SELECT class.relname AS name FROM pg_class class
            WHERE class.relkind = 'r' AND class.relnamespace = current_schema()::regnamespace
              AND (class.relname = ${table} OR class.relname LIKE ${`${table}_`.replaceAll('_', '\\_') + '%'})
              AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = class.oid AND tgname = 'itinera_approved_version_guard')`,
      )
      expect(unguarded, collection).toEqual([])
    }
  })
})
