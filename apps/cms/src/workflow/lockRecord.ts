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
 * Bulk updates (no id) are refused to users (`disableBulkEdit`) and left to trusted code.
 */
export const lockRecordBeforeUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined) await lockRecord(req, collection.slug as TReviewedCollection, id)
  return args
}
