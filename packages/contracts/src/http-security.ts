import { BlockList, isIP } from 'node:net'
import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

/** Headers both apps send on every response. */
export const BASELINE_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Sent only when the request reached us over TLS (directly or through the edge), as HSTS requires. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

interface TPolicyOptions {
  /** React's development build needs 'unsafe-eval'; production never gets it. */
  development?: boolean
  /** Served over TLS (directly or through the edge): plain-HTTP subresources are upgraded. */
  https?: boolean
}

/**
 * What every page policy shares, whatever may run: nothing from elsewhere, no plugins, no framing
 * by any site, forms posted only here.
 */
function pagePolicy(
  { https = false }: TPolicyOptions,
  { scripts, styles, baseUri }: { scripts: string; styles: string; baseUri: string },
): string {
  return [
    `default-src 'self'`,
    `script-src ${scripts}`,
    `style-src ${styles}`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri ${baseUri}`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * Scripts only from this origin or carrying this response's nonce (Next puts it on its own
 * scripts and inline hydration data, read from the request's policy header), with trust passed on
 * to the scripts those load ('strict-dynamic').
 */
const nonceScripts = (nonce: string, { development = false }: TPolicyOptions) =>
  `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`

/**
 * The reader's policy: its pages ship no script at all (most rendered once and kept, so it is the
 * same for everyone): no script may run, styles only from this origin or with one of `styleHashes`
 * (`'sha256-…'`, an inline style known in advance).
 */
export const readerStaticContentSecurityPolicy = (
  options: TPolicyOptions & { styleHashes?: readonly string[] } = {},
): string =>
  pagePolicy(options, {
    scripts: `'none'`,
    styles: [`'self'`, ...(options.styleHashes ?? []).map((hash) => `'${hash}'`)].join(' '),
    baseUri: `'none'`,
  })

/**
 * The admin's policy: scripts as strict as the reader's, but styles may be inline. Payload's admin
 * renders `<style>` elements no nonce reaches (its layout's `@layer` order, its modal provider's)
 * and inserts more at run time without one (Sonner's toasts, react-select's Emotion); a nonce-only
 * `style-src` blocks them all. Nothing in the admin sets a `<base>`, so none may.
 */
export const adminContentSecurityPolicy = (nonce: string, options: TPolicyOptions = {}): string =>
  pagePolicy(options, {
    scripts: nonceScripts(nonce, options),
    styles: `'self' 'unsafe-inline'`,
    baseUri: `'none'`,
  })

/** The proxies whose X-Forwarded-For entries we believe: addresses and CIDR ranges (IPv4 or IPv6). */
export type TTrustedProxies = BlockList

const isCidr = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/')
  const family = isIP(address ?? '')
  const size = Number(bits)
  return rest.length === 0 && family !== 0 && Number.isInteger(size) && size >= 0 && size <= (family === 4 ? 32 : 128)
}

/** Why an entry of a trusted-proxy list is unusable, or null when it is an address or a CIDR range. */
export const trustedProxyProblem = (entry: string): string | null =>
  isIP(entry) !== 0 || isCidr(entry) ? null : `"${entry}" is neither an IP address nor a CIDR range`

/** The list (as validated by `trustedProxyProblem`) as a set to test addresses against. */
export function trustedProxies(entries: readonly string[]): TTrustedProxies {
  const list = new BlockList()
  for (const entry of entries) {
    const problem = trustedProxyProblem(entry)
    if (problem) throw new Error(problem)
    const [address, bits] = entry.split('/') as [string, string | undefined]
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return list
}

// An IPv4 peer on a dual-stack socket reads "::ffff:10.0.0.1".
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

const isTrusted = (proxies: TTrustedProxies, address: string) => {
  const family = isIP(address)
  return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * The client's address. The server appends the socket's peer as the last X-Forwarded-For entry
 * (`apps/cms/src/security/recordPeerAddress.ts`), and every proxy appends the peer it saw, so
 * reading from the right, each entry is believable only while the one after it is a trusted
 * proxy: the first untrusted entry is the client. With no trusted proxies, the socket's peer.
 */
export function clientAddress(headers: Headers, proxies: TTrustedProxies = new BlockList()): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => plainAddress(entry.trim()))
    .filter(Boolean)
  let index = chain.length - 1
  while (index > 0 && isTrusted(proxies, chain[index]!)) index -= 1
  return chain[index] ?? 'unknown'
}

export interface TRateLimit {
  /** Spends `cost` (default 1) of the key's budget. Null when allowed; otherwise a 429 answer with Retry-After. */
  check(key: string, cost?: number): Promise<Response | null>
}

// One connection per Redis URL for all the limiters of a process.
// (Loaded only when configured: the reader, which imports this module too, never needs it.)
const redisClients = new Map<string, Promise<Redis>>()
const redisClient = (url: string) => {
  let client = redisClients.get(url)
  if (!client) {
    // While Redis is unreachable a check gives up after half a second and the limiter falls back
    // to this process's memory, rather than holding the sign-in until Redis is back.
    client = import('ioredis').then(({ Redis }) => {
      const connection = new Redis(url, { commandTimeout: 500, maxRetriesPerRequest: 1 })
      // Reconnection is ioredis's own; a refused connection must not crash the process.
      connection.on('error', () => undefined)
      return connection
    })
    redisClients.set(url, client)
  }
  return client
}

/** Closes the Redis connections the limiters opened (tests, shutdown). */
export async function closeRateLimitStores(): Promise<void> {
  const clients = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(
    clients.map(async (pending) => {
      const client = await pending
      await client.quit().catch(() => client.disconnect())
    }),
  )
}

/**
 * At most `points` requests per `seconds` per key (an address). With `redisUrl`, counted in Redis
 * so that every instance sharing it shares the budget (this process's memory stands in while
 * Redis is unreachable); otherwise in this process's memory.
 */
export function rateLimit({
  points,
  seconds,
  what,
  redisUrl,
}: {
  points: number
  seconds: number
  what: string
  redisUrl?: string
}): TRateLimit {
  const memory = new RateLimiterMemory({ points, duration: seconds })
  const shared = redisUrl
    ? redisClient(redisUrl).then(
        (storeClient) =>
          new RateLimiterRedis({
            storeClient,
            points,
            duration: seconds,
            keyPrefix: `itinera:${what.replaceAll(' ', '-')}`,
            insuranceLimiter: memory,
          }),
      )
    : undefined
  return {
    async check(key, cost = 1) {
      try {
        await ((await shared) ?? memory).consume(key, cost)
        return null
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
        return Response.json(
          {
            errors: [
              {
                message: `Too many ${what} from this address: at most ${points} in ${seconds} s. Try again in ${retryAfter} s.`,
              },
            ],
          },
          { status: 429, headers: { 'Retry-After': String(retryAfter) } },
        )
      }
    },
  }
}
