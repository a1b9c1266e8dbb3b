import { clientAddress, rateLimit, trustedProxies, type TRateLimit } from '@itinera/contracts/http-security'
import { Kind, parse, visit } from 'graphql'
import { env } from '../env'
import { USERS } from '../slugs'

// Account lockout (Users: 5 failures) stops guessing one password; this stops one address from
// trying many accounts, or flooding password resets, unlocks, verifications and the first-user form.
// Not `refresh`: it needs a valid session already, and staff behind one address refresh often.
const GUARDED_REST = new RegExp(
  `^/api/${USERS}/(login|forgot-password|reset-password|first-register|unlock|verify/[^/]+)/?$`,
)
// The same operations as GraphQL mutations (Payload names them after the collection's singular label).
const GUARDED_MUTATIONS = new Set(
  ['login', 'forgotPassword', 'resetPassword', 'unlock', 'verifyEmail'].map((operation) => `${operation}User`),
)

let signIns: TRateLimit | undefined
const proxies = trustedProxies(env.TRUSTED_PROXIES)

type TRouteHandler<TContext> = (request: Request, context: TContext) => Promise<Response>

/** Spends `attempts` of the request's address's budget: null when allowed, else the 429 answer. */
function spend(request: Request, attempts: number): Promise<Response | null> {
  signIns ??= rateLimit({
    points: env.SIGN_IN_LIMIT_PER_MINUTE,
    seconds: 60,
    what: 'sign-in attempts',
    redisUrl: env.REDIS_URL,
  })
  return signIns.check(clientAddress(request.headers, proxies), attempts)
}

/** Rate-limits the sign-in routes of a REST POST handler by client address. */
export function limitSignIns<TContext>(handler: TRouteHandler<TContext>): TRouteHandler<TContext> {
  return async (request, context) => {
    if (GUARDED_REST.test(new URL(request.url).pathname)) {
      const refused = await spend(request, 1)
      if (refused) return refused
    }
    return handler(request, context)
  }
}

/**
 * How many sign-in mutations a GraphQL body asks for, each alias counted (an operation can repeat
 * `loginUser` under many names). A body that is not a GraphQL document counts none: Payload's
 * handler refuses it without running anything.
 */
export function signInMutations(body: string): number {
  let document
  try {
    const { query } = JSON.parse(body) as { query?: unknown }
    if (typeof query !== 'string') return 0
    document = parse(query, { noLocation: true })
  } catch {
    return 0
  }
  let count = 0
  visit(document, {
    [Kind.FIELD]: (field) => {
      if (GUARDED_MUTATIONS.has(field.name.value)) count += 1
    },
  })
  return count
}

/** Rate-limits the sign-in mutations of the GraphQL POST handler by client address, one attempt per field. */
export function limitGraphQLSignIns<TContext>(handler: TRouteHandler<TContext>): TRouteHandler<TContext> {
  return async (request, context) => {
    const attempts = signInMutations(await request.clone().text())
    if (attempts > 0) {
      const refused = await spend(request, attempts)
      if (refused) return refused
    }
    return handler(request, context)
  }
}
