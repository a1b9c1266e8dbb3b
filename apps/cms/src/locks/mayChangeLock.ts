import type { Access } from 'payload'
import { LOCKED_DOCUMENTS } from '../slugs'
import { mayHoldLock, type TLockData } from './mayHoldLock'

/**
 * Changing a lock (the admin's "Take over" rewrites its holder): by someone who may save the
 * record it locks (in their own name: lockHeldInOwnName). One lock at a time: never by query.
 */
export const mayChangeLock: Access = async ({ req, id, data }) => {
  if (!req.user || id === undefined) return false
  const lock = await req.payload.findByID({
    collection: LOCKED_DOCUMENTS,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  // Payload answers 404 for a lock that is not there.
  if (!lock) return true
  const changed: TLockData = { ...lock, ...(data as TLockData | undefined) }
  return (await mayHoldLock(req, lock)) && mayHoldLock(req, changed)
}
