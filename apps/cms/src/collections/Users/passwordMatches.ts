import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

// Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// "pbkdf2-sha256-v1:" + 600,000 rounds of 32 bytes, or the legacy bare 25,000 rounds of 512 bytes.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

export interface TStoredPassword {
  hash?: unknown
  salt?: unknown
}

/**
 * Whether `password` is the account's, checked as Payload's sign-in checks it. With no account
 * (or no password set) the same hashing work is done all the same, so the time taken tells
 * nothing about whether the account exists.
 */
export async function passwordMatches(account: TStoredPassword | null, password: string): Promise<boolean> {
  const hash = typeof account?.hash === 'string' ? account.hash : undefined
  const salt = typeof account?.salt === 'string' ? account.salt : CURRENT_PREFIX
  const current = hash === undefined || hash.startsWith(CURRENT_PREFIX)
  const derived = await derive(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  if (hash === undefined) return false
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  return stored.length === derived.length && timingSafeEqual(stored, derived)
}
