import { REVIEWED_RECORD } from '@itinera/contracts/domain'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { NOTIFICATION_LABELS } from '../notifications/kinds'
import { NOTIFICATIONS } from '../slugs'
import { MarkNotificationsRead } from './MarkNotificationsRead'
import { dateTimeWords } from './reviewEventWords'

/** /admin/notifications: the user's latest notifications, unread ones marked, each linking to its record. */
export async function NotificationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const { docs } = user
    ? await payload.find({
        collection: NOTIFICATIONS,
        sort: '-createdAt',
        limit: 100,
        depth: 0,
        overrideAccess: false,
        user,
      })
    : { docs: [] }
  const unread = docs.filter((notification) => !notification.readAt).length
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="notifications-view">
        <h1>Notifications</h1>
        <p>{unread} unread. E-mail for each kind can be turned off in your account (“Do not e-mail me when”).</p>
        {unread > 0 && <MarkNotificationsRead />}
        {docs.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ol>
            {docs.map((notification) => (
              <li
                key={notification.id}
                className={notification.readAt ? undefined : 'notifications-view__unread'}
                data-testid="notification"
              >
                {NOTIFICATION_LABELS[notification.kind]} — {notification.actorName}:{' '}
                <a href={`/admin/collections/${notification.collection}/${notification.documentId}`}>
                  {REVIEWED_RECORD[notification.collection].noun} “{notification.recordTitle}”
                </a>{' '}
                <small>{dateTimeWords(notification.createdAt)}</small>
                {notification.excerpt && <blockquote>{notification.excerpt}</blockquote>}
              </li>
            ))}
          </ol>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
