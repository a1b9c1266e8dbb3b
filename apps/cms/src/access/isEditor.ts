import { hasRole } from '@itinera/contracts/roles'
import type { Access } from 'payload'

/** Editors curate content; admins may too. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
