import { tagsForUrl } from './cache-tags'

/** A backstop: tagged data is revalidated by the CMS's webhook within seconds; this bounds a missed call. */
export const MAX_AGE_SECONDS = 300

/**
 * Procedures whose input is free text a visitor types: each distinct input would be one more entry
 * in Next's on-disk data cache, without bound, so their answers are fetched fresh every time.
 */
const UNCACHED_PROCEDURES: ReadonlySet<string> = new Set(['reader.search'])

/**
 * How the reader fetches a tRPC GET URL: from Next's data cache under the tags naming what it
 * shows, or, for free-text procedures, never stored.
 */
export function cachePolicy(url: string): RequestInit {
  const procedure = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '')
  if (UNCACHED_PROCEDURES.has(procedure)) return { cache: 'no-store' }
  return { cache: 'force-cache', next: { tags: tagsForUrl(url), revalidate: MAX_AGE_SECONDS } }
}
