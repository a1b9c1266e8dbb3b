import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import { USERS } from '../../../slugs'
import { passwordMatches, type TStoredPassword } from '../passwordMatches'

/**
 * Sign-in answers never tell whether an account exists or is locked: for an unknown e-mail or a
 * locked account, the password is hashed as a real check would hash it, and the answer is the
 * wrong-password one (Payload's own would come at once, or say "This user is locked…").
 */
export const answerLockedLikeWrongPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload itself refuses a login without them.
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const account = (await req.payload.db.findOne({
    collection: USERS,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as (TStoredPassword & { lockUntil?: string | null }) | null
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (account && !locked) return args
  await passwordMatches(account, password)
  throw new AuthenticationError(req.t)
}
