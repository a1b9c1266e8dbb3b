import { clientAddress, rateLimit } from '@itinera/contracts/http-security'
import {
  REVALIDATION_MAX_AGE_SECONDS,
  REVALIDATION_SIGNATURE_HEADER,
  REVALIDATION_TIMESTAMP_HEADER,
  verifyRevalidation,
  ZRevalidationBodySchema,
} from '@itinera/contracts/revalidation'
import { env } from '../env'
import { MAX_REVALIDATION_BODY_BYTES, readRevalidationBody } from './revalidation-body'

/** A signed revalidation call taken: its tags, and the exact body and signature headers, to pass on as they came. */
export interface TSignedTags {
  tags: string[]
  body: string
  headers: Record<string, string>
}

/**
 * The checks of a revalidation call from the CMS, for one endpoint (each keeps its own budget and
 * its own record of signatures used): signed (HMAC over timestamp and body), fresh, used once, a
 * JSON body of tags; otherwise the refusal to answer with.
 */
export function signedRevalidations() {
  // The CMS calls once per committed change (each CMS process listening); more from one address is a flood, signed or not.
  const calls = rateLimit({ points: 120, seconds: 60, what: 'revalidation calls' })
  // Signatures already used within their validity window: a captured call cannot be replayed.
  const seen = new Map<string, number>()
  const firstUse = (signature: string, now: number) => {
    for (const [known, expires] of seen) if (expires < now) seen.delete(known)
    if (seen.has(signature)) return false
    seen.set(signature, now + REVALIDATION_MAX_AGE_SECONDS * 2000)
    return true
  }

  return async function take(request: Request): Promise<TSignedTags | Response> {
    const refused = await calls.check(clientAddress(request.headers))
    if (refused) return refused
    if (!env.REVALIDATE_SECRET)
      return Response.json({ error: 'Revalidation is not configured (REVALIDATE_SECRET).' }, { status: 503 })
    const body = await readRevalidationBody(request)
    if (body === null)
      return Response.json({ error: `Body too large (over ${MAX_REVALIDATION_BODY_BYTES} bytes).` }, { status: 413 })
    const verdict = verifyRevalidation(env.REVALIDATE_SECRET, body, request.headers)
    if (!verdict.ok) return Response.json({ error: `Refused: ${verdict.reason}.` }, { status: 401 })
    const signature = request.headers.get(REVALIDATION_SIGNATURE_HEADER)!
    if (!firstUse(signature, Date.now()))
      return Response.json({ error: 'Refused: this signed call was already used.' }, { status: 409 })
    let parsed
    try {
      parsed = ZRevalidationBodySchema.safeParse(JSON.parse(body))
    } catch {
      return Response.json({ error: 'The body is not JSON.' }, { status: 400 })
    }
    if (!parsed.success) return Response.json({ error: `tags: ${parsed.error.issues[0]?.message}` }, { status: 400 })
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    for (const name of [REVALIDATION_SIGNATURE_HEADER, REVALIDATION_TIMESTAMP_HEADER])
      headers[name] = request.headers.get(name)!
    return { tags: parsed.data.tags, body, headers }
  }
}
