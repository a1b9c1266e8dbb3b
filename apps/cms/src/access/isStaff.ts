import { ROLES, hasRole } from '@itinera/contracts/roles'
import type { Access, FieldAccess } from 'payload'

/** Any signed-in user with a role: staff see drafts, history and workflow fields. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...ROLES)

export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, ...ROLES)
