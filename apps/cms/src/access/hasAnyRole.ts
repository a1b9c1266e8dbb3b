import { hasRole, ROLES } from '@itinera/contracts/roles'
import type { PayloadRequest } from 'payload'

/** The admin panel is for staff: a signed-in user with at least one role. */
export const hasAnyRole = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ...ROLES)
