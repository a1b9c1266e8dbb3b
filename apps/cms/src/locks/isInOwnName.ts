import { relationId } from '@itinera/contracts/relation-id'
import type { PayloadRequest } from 'payload'
import type { TLockData } from './mayHoldLock'

/** Whether a lock names the requesting user as its holder: nobody takes a lock in someone else's name. */
export function isInOwnName(req: PayloadRequest, lock: TLockData): boolean {
  const { user } = req
  if (!user || !lock.user || typeof lock.user !== 'object') return false
  return lock.user.relationTo === user.collection && String(relationId(lock.user.value)) === String(user.id)
}
