import { sql } from '@payloadcms/db-postgres'
import type { Migration } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../migrations'
import { rawSql } from '../rawSql'
import { LEADERS, PEOPLE, PLACES, POLITIES } from '../slugs'
import { setupIntegration } from '../test/integration'

const REVIEW_MIGRATION = '20261201_011741_reference_review_retraction'
const before = migrations.slice(
  0,
  migrations.findIndex((migration) => migration.name === REVIEW_MIGRATION),
)
const { payload } = await setupIntegration('reference_publish_migration', { actors: false, migrations: before })

// Reference data as a database from before review holds it: public rows with no state and no versions.
beforeAll(async () => {
  await rawSql(payload, sql`INSERT INTO "polities" ("id", "name", "slug") VALUES (1, 'Soviet Union', 'soviet-union')`)
  await rawSql(payload, sql`INSERT INTO "polities" ("id", "name", "slug") VALUES (2, 'Russia', 'russia')`)
  await rawSql(
    payload,
    sql`INSERT INTO "polities_texts" ("order", "parent_id", "path", "text") VALUES (1, 2, 'modernIsoCodes', 'RU')`,
  )
  await rawSql(
    payload,
    sql`INSERT INTO "polities_rels" ("order", "parent_id", "path", "polities_id") VALUES (1, 1, 'successors', 2)`,
  )
  await rawSql(
    payload,
    sql`INSERT INTO "places" ("id", "name", "slug", "polity_id", "latitude", "longitude") VALUES (1, 'Moscow', 'moscow', 1, 55.75, 37.62)`,
  )
  await rawSql(payload, sql`INSERT INTO "people" ("id", "name", "slug") VALUES (1, 'Joseph Stalin', 'joseph-stalin')`)
  await rawSql(
    payload,
    sql`INSERT INTO "people_offices" ("_order", "_parent_id", "id", "title", "polity_id", "from_year") VALUES (1, 1, 'office-premier', 'Premier', 1, 1941)`,
  )
  await rawSql(payload, sql`INSERT INTO "leaders" ("id", "name", "slug") VALUES (1, 'Kim Il Sung', 'kim-il-sung')`)
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
})

describe('putting existing reference data under review', () => {
  it('should leave every record public, as an approved record', async () => {
    for (const collection of [POLITIES, PLACES, PEOPLE, LEADERS] as const) {
      const { docs } = await payload.find({ collection, depth: 0, overrideAccess: false, user: null })
      expect(docs, collection).toHaveLength(collection === POLITIES ? 2 : 1)
      expect(docs[0], collection).toMatchObject({ _status: 'published' })
      const staff = await payload.findByID({ collection, id: 1, depth: 0, overrideAccess: true })
      expect(staff.reviewState, collection).toBe('approved')
    }
  })

  it('should give each record one version, the public one, with its rows and relations', async () => {
    const versions = await payload.findVersions({ collection: PEOPLE, depth: 0, overrideAccess: true })
    expect(versions.docs).toHaveLength(1)
    expect(versions.docs[0]!.version).toMatchObject({
      name: 'Joseph Stalin',
      _status: 'published',
      offices: [{ id: 'office-premier', title: 'Premier', polity: 1, from: { year: 1941 } }],
    })
    // Relations and hasMany texts keep their paths inside the version.
    const polities = await payload.findVersions({
      collection: POLITIES,
      depth: 0,
      overrideAccess: true,
      sort: 'parent',
    })
    expect(polities.docs.map((version) => version.version)).toEqual([
      expect.objectContaining({ name: 'Soviet Union', successors: [2] }),
      expect.objectContaining({ name: 'Russia', modernIsoCodes: ['RU'] }),
    ])
    const place = await payload.findVersions({ collection: PLACES, depth: 0, overrideAccess: true })
    expect(place.docs.map((version) => version.version)).toEqual([
      expect.objectContaining({ name: 'Moscow', polity: 1, latitude: 55.75 }),
    ])
    // The latest version is the one an edit starts from: the edit form loads this one.
    expect(
      (await payload.findByID({ collection: PLACES, id: 1, draft: true, depth: 0, overrideAccess: true })).name,
    ).toBe('Moscow')
  })
})
