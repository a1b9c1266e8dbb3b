import { tagsForUrl } from './cache-tags'

/** A backstop: tagged data is revalidated by the CMS's webhook within seconds; this bounds a missed call. */
export const MAX_AGE_SECONDS = 300

/**
 * Procedures fetched fresh every time. Search: its input is free text a visitor types, each
 * distinct input one more entry in Next's on-disk data cache, without bound. The open-data export's
 * pages: read only to write the export file once per change (open-data-file.ts), so storing them
 * would keep the whole dataset twice (and a page, 25 trips with their sources in full, outgrows
 * the 2 MB a cache item may hold).
 */
const UNCACHED_PROCEDURES: ReadonlySet<string> = new Set(['reader.search', 'reader.exportTrips'])

/**
 * How the reader fetches a tRPC GET URL: from Next's data cache under the tags naming what it
 * shows, or, for UNCACHED_PROCEDURES, never stored.
 */
export function cachePolicy(url: string): RequestInit {
  const procedure = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '')
  if (UNCACHED_PROCEDURES.has(procedure)) return { cache: 'no-store' }
  return { cache: 'force-cache', next: { tags: tagsForUrl(url), revalidate: MAX_AGE_SECONDS } }
}
