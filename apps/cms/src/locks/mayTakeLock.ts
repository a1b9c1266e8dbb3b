import type { Access } from 'payload'
import { isInOwnName } from './isInOwnName'
import { LockError } from './lockError'
import { mayHoldLock, type TLockData } from './mayHoldLock'

/** Creating a lock: in one's own name, on a record one may save. */
export const mayTakeLock: Access = async ({ req, data }) => {
  const lock = data as TLockData | undefined
  // Without data Payload is only asking what the user may do in general (the admin's permissions).
  if (!req.user || !lock) return false
  if (!isInOwnName(req, lock)) throw new LockError('A document lock can only be taken in your own name.')
  return mayHoldLock(req, lock)
}
