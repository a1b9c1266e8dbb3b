import type { TContext, TSessionUser } from '@itinera/contracts'
import type { Payload } from 'payload'

/** Resolves the request's user (session cookie, JWT or API key) the way Payload's own routes do. */
export async function createContext(payload: Payload, headers: Headers): Promise<TContext> {
  const { user } = await payload.auth({ headers })
  return { payload, user: (user as TSessionUser | null) ?? null }
}
