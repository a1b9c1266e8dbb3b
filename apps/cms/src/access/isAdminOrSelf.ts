import { hasRole } from '@itinera/contracts/roles'
import type { Access } from 'payload'

/** Admins see every user; everyone else only their own account; anonymous nobody. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
