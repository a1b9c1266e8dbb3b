import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { transactionSession } from '../rawSql'
import type { TReviewedCollection } from '../slugs'

/**
 * Locks the record's row until the request's transaction ends, so that saves and workflow steps
 * on one record run one after another and each compares against the version the previous one
 * wrote. NO KEY UPDATE, not UPDATE: rows that only reference the record (a trip's citations of
 * a source) can still be written meanwhile. Without a transaction (a Local API call with
 * `disableTransaction`) nothing would hold the lock, so none is taken.
 */
export async function lockRecord(req: PayloadRequest, collection: TReviewedCollection, id: number | string) {
  const session = await transactionSession(req)
  if (!session) return
  const { db } = req.payload
  const table = db.tables[db.tableNameMap.get(collection) ?? collection]
  await session.execute(sql`SELECT 1 FROM ${table} WHERE ${table.id} = ${Number(id)} FOR NO KEY UPDATE`)
}

/**
 * Takes the lock before Payload reads the record to update it (the operation's transaction has
 * begun by then), so the hooks that follow see the latest version, not one about to be replaced.
 * A restore names a version: the record locked is the version's own. Bulk updates (no id) are
 * refused to users (`disableBulkEdit`) and left to trusted code.
 */
export const lockRecordBeforeUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  const slug = collection.slug as TReviewedCollection
  if (id === undefined) return args
  if (operation === 'update') await lockRecord(req, slug, id)
  if (operation === 'restoreVersion') {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      where: { id: { equals: id } },
      limit: 1,
      req,
    })
    const parent = docs[0]?.parent
    if (parent !== undefined) await lockRecord(req, slug, parent as number)
  }
  return args
}
