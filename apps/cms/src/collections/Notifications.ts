import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { isRecipient } from '../access/isRecipient'
import { NOTIFICATION_KINDS } from '../notifications/kinds'
import { NOTIFICATIONS, USERS } from '../slugs'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * What each person was told (notifications/notify.ts writes them): the admin counts the unread
 * ones. The recipient may only mark one read; nobody else sees it.
 */
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS,
  admin: {
    useAsTitle: 'recordTitle',
    defaultColumns: ['createdAt', 'kind', 'recordTitle', 'actorName', 'readAt'],
    group: 'Account',
    // Read at /admin/notifications (components/NotificationsView.tsx), linked with the unread count.
    hidden: true,
  },
  disableDuplicate: true,
  access: { read: isRecipient, update: isRecipient, create: never, delete: never },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: USERS,
      required: true,
      index: true,
      access: { update: never },
    },
    { name: 'kind', type: 'select', required: true, options: [...NOTIFICATION_KINDS], access: { update: never } },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: [...REVIEWED_COLLECTIONS],
      access: { update: never },
    },
    { name: 'documentId', type: 'number', required: true, access: { update: never } },
    { name: 'recordTitle', type: 'text', access: { update: never } },
    { name: 'actorName', type: 'text', access: { update: never } },
    { name: 'excerpt', type: 'textarea', access: { update: never } },
    { name: 'readAt', type: 'date', index: true },
  ],
}
