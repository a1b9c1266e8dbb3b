import { REFERENCE_COLLECTIONS } from '@itinera/contracts/domain'
import { type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The data part of putting reference data under review: every leader, polity, place and person
 * was public, so each becomes an approved, published record with one version (the public one),
 * and nothing disappears from the reader. Runs after the schema part has added the workflow
 * columns and version tables. No review event: PostgreSQL refuses the events' new collection
 * values in the transaction that adds them.
 */
export async function publishExistingReferenceData({
  db,
  payload,
  req,
}: Pick<MigrateUpArgs, 'db' | 'payload' | 'req'>) {
  for (const collection of REFERENCE_COLLECTIONS) {
    // Every row here predates review: all of it was public.
    await db.execute(sql`UPDATE ${sql.identifier(collection)} SET "_status" = 'published', "review_state" = 'approved'`)
    // The adapter reads with today's schema, whose later tables an empty (fresh) database lacks yet.
    const { rows } = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(collection)}) AS "any"`)
    if (!(rows[0] as { any?: boolean } | undefined)?.any) continue
    const { docs } = await payload.db.find<{ id: number; updatedAt: string }>({
      collection,
      pagination: false,
      limit: 0,
      req,
    })
    for (const doc of docs)
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: doc.id,
        versionData: doc as never,
        autosave: false,
        createdAt: doc.updatedAt,
        updatedAt: doc.updatedAt,
        req,
        returning: false,
      })
  }
}
