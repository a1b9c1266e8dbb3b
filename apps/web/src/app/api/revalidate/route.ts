import {
  REVALIDATION_MAX_AGE_SECONDS,
  REVALIDATION_SIGNATURE_HEADER,
  verifyRevalidation,
  ZRevalidationBodySchema,
} from '@itinera/contracts/revalidation'
import { clientAddress, rateLimit } from '@itinera/contracts/http-security'
import { revalidateTag } from 'next/cache'
import { env } from '../../../env'
import { unavailablePages } from '../../../lib/unavailable-pages'
import { MAX_REVALIDATION_BODY_BYTES, readRevalidationBody } from './revalidation-body'

// The CMS calls once per committed change (each CMS process listening); more from one address is a flood, signed or not.
const calls = rateLimit({ points: 120, seconds: 60, what: 'revalidation calls' })

// Signatures already used within their validity window: a captured call cannot be replayed.
const seen = new Map<string, number>()

function firstUse(signature: string, now: number): boolean {
  for (const [known, expires] of seen) if (expires < now) seen.delete(known)
  if (seen.has(signature)) return false
  seen.set(signature, now + REVALIDATION_MAX_AGE_SECONDS * 2000)
  return true
}

/**
 * POST /api/revalidate — the CMS, once a change commits, names the cache tags of the pages that
 * show what changed (packages/contracts/src/cache-tags.ts); they expire at once, so the next
 * reader sees the new version. Signed (HMAC over timestamp and body), fresh, and used once, or refused.
 */
export async function POST(request: Request) {
  const refused = await calls.check(clientAddress(request.headers))
  if (refused) return refused
  if (!env.REVALIDATE_SECRET)
    return Response.json({ error: 'Revalidation is not configured (REVALIDATE_SECRET).' }, { status: 503 })
  const body = await readRevalidationBody(request)
  if (body === null)
    return Response.json({ error: `Body too large (over ${MAX_REVALIDATION_BODY_BYTES} bytes).` }, { status: 413 })
  const verdict = verifyRevalidation(env.REVALIDATE_SECRET, body, request.headers)
  if (!verdict.ok) return Response.json({ error: `Refused: ${verdict.reason}.` }, { status: 401 })
  if (!firstUse(request.headers.get(REVALIDATION_SIGNATURE_HEADER)!, Date.now())) {
    return Response.json({ error: 'Refused: this signed call was already used.' }, { status: 409 })
  }
  let parsed
  try {
    parsed = ZRevalidationBodySchema.safeParse(JSON.parse(body))
  } catch {
    return Response.json({ error: 'The body is not JSON.' }, { status: 400 })
  }
  if (!parsed.success) return Response.json({ error: `tags: ${parsed.error.issues[0]?.message}` }, { status: 400 })
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  unavailablePages.forget(parsed.data.tags)
  return Response.json({ revalidated: parsed.data.tags })
}
