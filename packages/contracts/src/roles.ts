import { z } from 'zod'

/** What a user may do; one user may hold several roles. */
export const ROLES = ['admin', 'editor', 'reviewer'] as const

export const ZRoleSchema = z.enum(ROLES)
export type TRole = z.infer<typeof ZRoleSchema>

export const ROLE_DESCRIPTIONS: Record<TRole, string> = {
  admin: 'manages users and roles',
  editor: 'creates and edits drafts, submits them for review',
  reviewer: 'approves or sends back changes made by someone else',
}

/** The part of a signed-in user that access decisions read. */
export interface TRoleHolder {
  roles?: readonly TRole[] | null
}

export function hasRole(user: TRoleHolder | null | undefined, ...roles: TRole[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
