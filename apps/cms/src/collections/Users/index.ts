import { hasRole, ROLE_DESCRIPTIONS, ROLES } from '@itinera/contracts/roles'
import type { CollectionConfig } from 'payload'
import { hasAnyRole } from '../../access/hasAnyRole'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { env } from '../../env'
import { NOTIFICATION_KINDS, NOTIFICATION_LABELS } from '../../notifications/kinds'
import { USERS } from '../../slugs'
import { answerLockedLikeWrongPassword } from './hooks/answerLockedLikeWrongPassword'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

// Changing a field here needs a migration (pnpm db:migrate:create).
export const Users: CollectionConfig = {
  slug: USERS,
  admin: {
    // Users appear by name wherever the admin names one (a relationship, a lock), never as "Untitled".
    useAsTitle: 'name',
    listSearchableFields: ['name', 'email'],
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Administration',
    // Staff reach their own account from the account menu; the list is for admins.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  auth: {
    // Lock an account for 10 minutes after 5 failed logins.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Secure (HTTPS only) wherever the admin is served over TLS; a plain-http localhost demo could not sign in otherwise.
    cookies: { sameSite: 'Lax', secure: new URL(env.CMS_URL).protocol === 'https:' },
  },
  access: {
    admin: hasAnyRole,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [answerLockedLikeWrongPassword, requireCurrentPassword],
    beforeChange: [assignFirstUserAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: `${role} — ${ROLE_DESCRIPTIONS[role]}` })),
      // Only admins grant roles: nobody can raise their own.
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'A user may hold several roles. Only admins can change them.' },
    },
    {
      // Opt-outs, so every account (new or existing) is told of everything until its holder says otherwise.
      name: 'mutedNotifications',
      label: 'Do not e-mail me when',
      type: 'select',
      hasMany: true,
      options: NOTIFICATION_KINDS.map((kind) => ({ value: kind, label: NOTIFICATION_LABELS[kind] })),
      admin: { description: 'The admin still shows these as unread notifications.' },
    },
    {
      // Opt-in: a reviewer's name is theirs to publish.
      name: 'nameOnPublicChecks',
      label: 'Name me on the public citation checks',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'The reader says when each citation you checked against its source was checked; ticked, it also says by you.',
      },
    },
    {
      // Read by requireCurrentPassword; never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      admin: {
        description: 'Needed to change your own password.',
        components: { Field: '@payloadcms/ui#PasswordField' },
      },
    },
  ],
}
