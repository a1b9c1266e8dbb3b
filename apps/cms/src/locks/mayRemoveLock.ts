import type { Access } from 'payload'
import { LOCKED_DOCUMENTS } from '../slugs'
import { mayHoldLock } from './mayHoldLock'

/** Removing a lock (the admin does on leaving a document): by someone who may save the record it locks. */
export const mayRemoveLock: Access = async ({ req, id }) => {
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
  return !lock || mayHoldLock(req, lock)
}
