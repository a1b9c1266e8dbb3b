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

/** Whether a user (any shape Payload hands out: session, JWT or client user) holds one of `roles`. */
export function hasRole(user: object | null | undefined, ...roles: TRole[]): boolean {
  const held: unknown = user && 'roles' in user ? user.roles : undefined
  return Array.isArray(held) && held.some((role) => roles.includes(role))
}
