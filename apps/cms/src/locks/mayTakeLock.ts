import type { Access } from 'payload'
import { mayHoldLock, type TLockData } from './mayHoldLock'

/** Creating a lock: on a record one may save (in one's own name: lockHeldInOwnName). */
export const mayTakeLock: Access = async ({ req, data }) => {
  const lock = data as TLockData | undefined
  // Without data Payload is only asking what the user may do in general (the admin's permissions).
  if (!req.user || !lock) return false
  return mayHoldLock(req, lock)
}
