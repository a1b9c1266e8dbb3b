import { hasRole } from '@itinera/contracts/roles'
import Link from 'next/link'
import type { ServerProps } from 'payload'

/** "Import a trip list" in the admin's navigation, for those who may create drafts. */
export function ImportNavLink({ user }: ServerProps) {
  if (!hasRole(user ?? null, 'editor', 'admin')) return null
  return (
    <Link className="nav__link import-nav-link" href="/admin/import">
      Import a trip list
    </Link>
  )
}
