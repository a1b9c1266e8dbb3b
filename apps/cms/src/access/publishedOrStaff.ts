import { ROLES, hasRole } from '@itinera/contracts/roles'
import type { Access } from 'payload'

/** Readers see approved (published) versions only; staff see drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, ...ROLES) ? true : { _status: { equals: 'published' } }
