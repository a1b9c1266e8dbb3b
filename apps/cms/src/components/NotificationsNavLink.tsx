import Link from 'next/link'
import type { ServerProps } from 'payload'
import { NOTIFICATIONS } from '../slugs'

/** "Notifications (n)" in the admin's navigation: how many of the user's notifications are unread. */
export async function NotificationsNavLink({ payload, user }: ServerProps) {
  if (!user) return null
  const { totalDocs } = await payload.count({
    collection: NOTIFICATIONS,
    where: { readAt: { exists: false } },
    overrideAccess: false,
    user,
  })
  return (
    <Link className="nav__link notifications-nav-link" href="/admin/notifications" data-testid="notifications-link">
      Notifications{' '}
      <span data-testid="unread-count" aria-label={`${totalDocs} unread`}>
        ({totalDocs})
      </span>
    </Link>
  )
}
