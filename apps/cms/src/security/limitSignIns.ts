import { clientAddress, rateLimit, type TRateLimit } from '@itinera/contracts/http-security'
import { env } from '../env'
import { USERS } from '../slugs'

// Account lockout (Users: 5 failures) stops guessing one password; this stops one address from
// trying many accounts, or flooding password resets and the first-user form.
let signIns: TRateLimit | undefined
const GUARDED = new RegExp(`/api/${USERS}/(login|forgot-password|reset-password|first-register|unlock)/?$`)

type TRouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Rate-limits the sign-in routes of a REST POST handler by client address. */
export function limitSignIns(handler: TRouteHandler): TRouteHandler {
  return async (request, context) => {
    if (GUARDED.test(new URL(request.url).pathname)) {
      signIns ??= rateLimit({ points: env.SIGN_IN_LIMIT_PER_MINUTE, seconds: 60, what: 'sign-in attempts' })
      const refused = await signIns.check(clientAddress(request.headers))
      if (refused) return refused
    }
    return handler(request, context)
  }
}
