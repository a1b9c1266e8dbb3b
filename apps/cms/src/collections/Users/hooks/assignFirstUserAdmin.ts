import type { CollectionBeforeChangeHook } from 'payload'
import { USERS } from '../../../slugs'

/** The account created on an empty system (the admin's first-user screen) administers it. */
export const assignFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: USERS, req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
