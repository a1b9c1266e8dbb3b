import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** How old a signed revalidation call may be: older ones are refused as replays. */
export const REVALIDATION_MAX_AGE_SECONDS = 300

export const REVALIDATION_SIGNATURE_HEADER = 'x-itinera-signature'
export const REVALIDATION_TIMESTAMP_HEADER = 'x-itinera-timestamp'

/** The most tags one call may name: the CMS sends more in several calls. */
export const REVALIDATION_MAX_TAGS = 500

export const ZRevalidationBodySchema = z.object({
  tags: z
    .array(z.string().regex(/^[a-z]+(:[a-z0-9-]+)?$/, 'A tag like "trip:1949-03-soviet-union" or "lists"'))
    .min(1)
    .max(REVALIDATION_MAX_TAGS),
})
export type TRevalidationBody = z.infer<typeof ZRevalidationBodySchema>

const sign = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** Headers for a call from the CMS to the reader: an HMAC of the timestamp and the exact body. */
export function signRevalidation(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000))
  return { [REVALIDATION_TIMESTAMP_HEADER]: timestamp, [REVALIDATION_SIGNATURE_HEADER]: sign(secret, timestamp, body) }
}

export type TRevalidationVerdict = { ok: true } | { ok: false; reason: string }

/** Checks a call's signature (constant time) and age; the body must be the exact bytes signed. */
export function verifyRevalidation(
  secret: string,
  body: string,
  headers: { get(name: string): string | null },
  now = Date.now(),
): TRevalidationVerdict {
  const timestamp = headers.get(REVALIDATION_TIMESTAMP_HEADER)
  const signature = headers.get(REVALIDATION_SIGNATURE_HEADER)
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature)
    return { ok: false, reason: 'missing signature or timestamp' }
  if (Math.abs(now / 1000 - Number(timestamp)) > REVALIDATION_MAX_AGE_SECONDS)
    return { ok: false, reason: 'timestamp too old or in the future' }
  const expected = Buffer.from(sign(secret, timestamp, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad signature' }
  return { ok: true }
}
