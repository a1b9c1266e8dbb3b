import { hasRole } from '@itinera/contracts/roles'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { USERS } from '../../../slugs'
import { passwordMatches, type TStoredPassword } from '../passwordMatches'

/**
 * Changing the password of the account one is signed in as needs its current password, so a
 * borrowed session cannot take the account over. An admin setting another user's password
 * (a new colleague, a forgotten password) needs none: admins manage accounts.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user) return args
  const data = (args.data ?? {}) as { password?: unknown; currentPassword?: unknown }
  if (typeof data.password !== 'string' || data.password === '') return args
  // By `where`, access narrows a non-admin's update to their own account.
  const { id } = args as { id?: number | string }
  const ownAccount = id === undefined ? !hasRole(req.user, 'admin') : String(id) === String(req.user.id)
  if (!ownAccount) return args
  const account = (await req.payload.db.findOne({
    collection: USERS,
    req,
    where: { id: { equals: req.user.id } },
  })) as TStoredPassword | null
  const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
  if (current === '' || !(await passwordMatches(account, current)))
    throw new ValidationError({
      collection: USERS,
      errors: [
        {
          path: 'currentPassword',
          message:
            current === '' ? 'Enter your current password to change it.' : 'The current password is not correct.',
        },
      ],
    })
  return args
}
