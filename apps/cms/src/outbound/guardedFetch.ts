import { lookup as dnsLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'

/**
 * Fetches what an editor (or a link check) names from the server without letting it reach the
 * server's own network: every address a host resolves to is checked, on the first request and on
 * each redirect, and the socket connects to the address that was checked (no second DNS answer,
 * so no rebinding). Bodies are bounded in bytes, the whole exchange in time.
 */

export interface TOutboundPolicy {
  /** Host names or IP literals (lower case, IPv6 without brackets) that may resolve to non-public addresses. */
  allowPrivateHosts: readonly string[]
  maxRedirects: number
  maxBytes: number
  /** For the whole exchange, redirects included. */
  timeoutMs: number
}

export type TOutboundErrorCode =
  | 'bad-url'
  | 'private-address'
  | 'unresolvable'
  | 'too-many-redirects'
  | 'too-large'
  | 'content-type'
  | 'timeout'
  | 'unreachable'

/** Why a fetch was refused or failed, in words an editor can act on. */
export class OutboundError extends Error {
  constructor(
    readonly code: TOutboundErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'OutboundError'
  }
}

export interface TGuardedRequest {
  /** The Accept header. */
  accept: string
  /** Media types (without parameters) a successful answer may have; absent: any. */
  contentTypes?: readonly string[]
  /** A body over the size cap is cut there (`truncated`) instead of refused: a link check needs only its start. */
  truncate?: boolean
  /** Who is asking, sent as User-Agent. */
  userAgent?: string
}

export interface TGuardedResponse {
  /** Where the last redirect led. */
  url: URL
  status: number
  /** The media type, lower case, without parameters. */
  contentType: string
  body: Buffer
  /** The body was cut at the size cap. */
  truncated: boolean
  /** Each redirect followed, in order: the address that answered and its status. */
  redirects: { url: string; status: number }[]
}

// ipaddr.js names every special-purpose range; only "unicast" is the public internet.
const PUBLIC_RANGE = 'unicast'

/** The range an address is in, an IPv4-mapped IPv6 address judged as the IPv4 address it carries. */
export function addressRange(address: string): string {
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().range()
  }
  return parsed.range()
}

const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()

/** The addresses a URL's host resolves to, each checked against the policy; throws when one is not allowed. */
async function vettedAddresses(url: URL, policy: TOutboundPolicy, signal: AbortSignal) {
  const host = bareHost(url)
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await withinSignal(dnsLookup(host, { all: true, verbatim: true }), signal).catch((error: unknown) => {
        if (signal.aborted) throw error
        throw new OutboundError('unresolvable', `${host} could not be resolved`)
      })
  if (addresses.length === 0) throw new OutboundError('unresolvable', `${host} could not be resolved`)
  if (!policy.allowPrivateHosts.includes(host)) {
    for (const { address } of addresses) {
      const range = addressRange(address)
      if (range !== PUBLIC_RANGE) {
        throw new OutboundError(
          'private-address',
          `${host} is not on the public internet (${address}, ${range}): refused`,
        )
      }
    }
  }
  return addresses
}

/** The resolver takes no signal: a hanging DNS answer must not outlast the exchange's timeout. */
function withinSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** A lookup that answers with the checked address only, so the socket cannot go elsewhere. */
const pinnedLookup =
  ({ address, family }: { address: string; family: number }): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }

function request(
  url: URL,
  address: { address: string; family: number },
  accept: string,
  userAgent: string,
  signal: AbortSignal,
) {
  const client = url.protocol === 'https:' ? https : http
  return new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = client.get(
      url,
      {
        headers: { accept, 'accept-encoding': 'identity', 'user-agent': userAgent },
        lookup: pinnedLookup(address),
        signal,
      },
      resolve,
    )
    outgoing.on('error', reject)
  })
}

async function readBody(
  response: IncomingMessage,
  maxBytes: number,
  host: string,
  truncate: boolean,
): Promise<{ body: Buffer; truncated: boolean }> {
  const declared = Number(response.headers['content-length'])
  const tooLarge = () => new OutboundError('too-large', `${host} sent more than ${maxBytes} bytes: refused`)
  if (declared > maxBytes && !truncate) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    received += chunk.length
    if (received > maxBytes) {
      response.destroy()
      if (!truncate) throw tooLarge()
      chunks.push(chunk.subarray(0, chunk.length - (received - maxBytes)))
      return { body: Buffer.concat(chunks), truncated: true }
    }
    chunks.push(chunk)
  }
  return { body: Buffer.concat(chunks), truncated: false }
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * GETs a URL under the policy. Answers other than redirects come back with their status (the
 * caller decides what a 404 means); a 2xx answer must have one of the expected content types.
 */
export async function guardedFetch(
  target: string | URL,
  { accept, contentTypes, truncate = false, userAgent = 'Itinera (source lookup)' }: TGuardedRequest,
  policy: TOutboundPolicy,
): Promise<TGuardedResponse> {
  const signal = AbortSignal.timeout(policy.timeoutMs)
  let url = new URL(target)
  const followed: TGuardedResponse['redirects'] = []
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new OutboundError('bad-url', `Only http and https addresses can be fetched, not ${url.protocol}`)
      }
      const [address] = await vettedAddresses(url, policy, signal)
      const response = await request(url, address!, accept, userAgent, signal)
      const location = response.headers.location
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume()
        if (redirects >= policy.maxRedirects) {
          throw new OutboundError('too-many-redirects', `More than ${policy.maxRedirects} redirects from ${target}`)
        }
        followed.push({ url: url.href, status: response.statusCode })
        url = new URL(location, url)
        continue
      }
      const status = response.statusCode ?? 0
      const contentType = mediaType(response.headers['content-type'])
      if (status >= 200 && status < 300 && contentTypes && !contentTypes.includes(contentType)) {
        response.destroy()
        throw new OutboundError(
          'content-type',
          `${url.host} answered with ${contentType || 'no content type'}, not ${contentTypes.join(' or ')}`,
        )
      }
      const { body, truncated } = await readBody(response, policy.maxBytes, url.host, truncate)
      return { url, status, contentType, body, truncated, redirects: followed }
    }
  } catch (error) {
    if (error instanceof OutboundError) throw error
    if (signal.aborted) {
      throw new OutboundError('timeout', `${url.host} did not answer within ${policy.timeoutMs / 1000} s`)
    }
    throw new OutboundError('unreachable', `${url.host} could not be reached (${(error as Error).message})`)
  }
}
