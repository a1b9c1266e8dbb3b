import { ZRecordPageRequestSchema, type TRecordPageRequest } from '@itinera/contracts/schemas'

const COLLECTION_OF_SEGMENT = { trips: 'trips', leaders: 'leaders', countries: 'polities' } as const

// A record's addresses: its page, its later pages of trips (src/pages/) and a source's exports (src/app/).
const RECORD_ADDRESS =
  /^\/(?:trips\/[^/]+|leaders\/[^/]+(?:\/trips\/[^/]+)?|countries\/[^/]+(?:\/visits\/[^/]+)?|sources\/[^/]+(?:\/cited-by\/[^/]+|\/export\/[^/]+)?)$/

/**
 * The record a reader URL is about, with all its sub-pages: `/trips/<slug>`, `/leaders/<slug>`
 * (and `…/trips/<n>`), `/countries/<slug>` (and `…/visits/<n>`), `/sources/<id>` (and
 * `…/cited-by/<n>`, `…/export/<format>`); null for any other path, or one that names no possible
 * record.
 */
export function recordPageOf(pathname: string): TRecordPageRequest | null {
  if (!RECORD_ADDRESS.test(pathname)) return null
  const [, segment, key] = pathname.split('/') as [string, string, string]
  let decoded: string
  try {
    decoded = decodeURIComponent(key)
  } catch {
    return null
  }
  const id = sourceIdOf(decoded)
  const request =
    segment === 'sources'
      ? id === null
        ? null
        : { collection: 'sources', id }
      : segment in COLLECTION_OF_SEGMENT
        ? { collection: COLLECTION_OF_SEGMENT[segment as keyof typeof COLLECTION_OF_SEGMENT], slug: decoded }
        : null
  const parsed = ZRecordPageRequestSchema.safeParse(request)
  return parsed.success ? parsed.data : null
}

/** The id in a source page's address (`/sources/<id>`), or null if it cannot be one. */
export const sourceIdOf = (segment: string): number | null => (/^[1-9]\d*$/.test(segment) ? Number(segment) : null)

/**
 * Whether every segment of a path decodes as UTF-8: Next answers 500 when it cannot decode a
 * dynamic route's parameter (`/countries/%E0%A4%A`), so the proxy answers 404 before it tries.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
