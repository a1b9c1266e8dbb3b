import { hasRole } from '@itinera/contracts/roles'
import type { Access, FieldAccess } from 'payload'

/** Admins manage users and roles. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
