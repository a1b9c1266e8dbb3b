import type { CollectionBeforeChangeHook } from 'payload'
import { isInOwnName } from './isInOwnName'
import { LockError } from './lockError'
import type { TLockData } from './mayHoldLock'

/**
 * Nobody takes or keeps a lock in someone else's name. A hook, not access: Payload also asks the
 * access functions what a user may do with someone else's existing lock (docAccess), where the
 * answer is a plain no, while a write in another's name deserves the reason.
 */
export const lockHeldInOwnName: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  // Trusted server code with no user of its own locks on behalf of whoever it names.
  if (!req.user) return data
  const lock: TLockData = { ...(originalDoc as TLockData | undefined), ...(data as TLockData) }
  if (!isInOwnName(req, lock)) {
    throw new LockError(`A document lock can only be ${operation === 'create' ? 'taken' : 'held'} in your own name.`)
  }
  return data
}
