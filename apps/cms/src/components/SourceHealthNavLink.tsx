import { ROLES, hasRole } from '@itinera/contracts/roles'
import Link from 'next/link'
import type { ServerProps } from 'payload'

/** "Source health" in the admin's navigation, for staff. */
export function SourceHealthNavLink({ user }: ServerProps) {
  if (!hasRole(user ?? null, ...ROLES)) return null
  return (
    <Link className="nav__link source-health-nav-link" href="/admin/source-health">
      Source health
    </Link>
  )
}
