import { hasRole } from '@itinera/contracts/roles'
import type { CollectionBeforeOperationHook } from 'payload'
import { LockError } from './lockError'

/**
 * `overrideLock` decides whether an update or delete ignores someone else's document lock.
 * Payload's REST handlers default it to false; its GraphQL resolvers never pass it, and the
 * operation then ignores every lock. Here a request respects locks on every API unless an admin
 * asks otherwise (REST `?overrideLock=true`). Server code on the Local API keeps Payload's
 * default of ignoring them (workflow steps among it: a decision on a version, not an edit, is
 * not held up by an open editor), and may pass `overrideLock` as it sees fit when it acts with
 * `overrideAccess`.
 */
export const refuseLockOverride: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const { overrideLock } = args as { overrideLock?: boolean }
  if (overrideLock === true && !overrideAccess && !hasRole(req.user, 'admin')) {
    throw new LockError(
      'overrideLock=true is for admins only: wait until whoever holds the lock closes the document (or it expires), then save again.',
    )
  }
  return req.payloadAPI === 'local' || overrideLock !== undefined ? args : { ...args, overrideLock: false }
}
