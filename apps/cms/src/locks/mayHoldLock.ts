import { relationId } from '@itinera/contracts/relation-id'
import type { PayloadRequest } from 'payload'
import { mayUpdateRecord } from '../access/mayUpdateRecord'
import type { PayloadLockedDocument } from '../payload-types'

export type TLockData = Partial<Pick<PayloadLockedDocument, 'document' | 'globalSlug' | 'user'>>

/**
 * A lock keeps others from saving a record, so only someone who may save it may hold one: the
 * record's own `update` access decides (editors and admins on content, admins on other accounts).
 * The CMS has no globals, so a lock naming one (or nothing) is never held.
 */
export async function mayHoldLock(req: PayloadRequest, lock: TLockData): Promise<boolean> {
  const id = relationId(lock.document?.value)
  if (!lock.document || id == null || lock.globalSlug) return false
  return mayUpdateRecord(req, lock.document.relationTo, id)
}
