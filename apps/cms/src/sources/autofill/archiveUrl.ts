import { isWebUrl } from '@itinera/contracts/identifiers'
import { partialDate } from './readDate'

export interface TArchivedCopy {
  /** The address the snapshot was taken of. */
  originalUrl: string
  /** The snapshot's day (YYYY-MM-DD, UTC, as the archive stamps it). */
  archiveDate: string
}

// "/web/20190315000000/https://…", "/web/20190315000000id_/…": 14 digits (YYYYMMDDhhmmss), or fewer.
const SNAPSHOT_PATH = /^\/web\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?\/(.+)$/

/** A Wayback Machine snapshot address read as its date and original address; null for any other address. */
export function readArchivedCopy(url: URL, waybackBaseUrl: string): TArchivedCopy | null {
  const base = new URL(waybackBaseUrl)
  if (url.host !== base.host) return null
  // The original keeps its own query string: it follows the snapshot path, not the archive's.
  const match = SNAPSHOT_PATH.exec(url.pathname + url.search)
  if (!match) return null
  const [, year, month, day, rest] = match
  if (!partialDate(year, month, day)) return null
  // Browsers and the archive collapse "https://" to "https:/" in paths.
  const original = rest!.replace(/^(https?):\/+/i, '$1://')
  const originalUrl = /^https?:\/\//i.test(original) ? original : `http://${original}`
  return isWebUrl(originalUrl) ? { originalUrl, archiveDate: `${year}-${month}-${day}` } : null
}
