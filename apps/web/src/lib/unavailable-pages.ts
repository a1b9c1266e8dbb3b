import { tagsForRead } from '@itinera/contracts/cache-tags'
import type { TRecordPageRequest, TUnavailablePage } from '@itinera/contracts/schemas'
import { cms, MAX_AGE_SECONDS } from './cms'
import { TaggedCache } from './tagged-cache'

// One per process, on globalThis: the proxy and the revalidation route are bundled apart but run in the same process.
const SHARED = Symbol.for('itinera.reader.unavailable-pages')
const shared = globalThis as { [SHARED]?: TaggedCache<TUnavailablePage> }

/**
 * Whether a record's pages stand (`reader.unavailable`), as the proxy asks on each of them:
 * kept in memory under the record's page tag like the page's own read, so a page view costs no
 * CMS call; a retraction's or approval's revalidation (src/app/api/revalidate) drops it.
 */
export const unavailablePages = (shared[SHARED] ??= new TaggedCache<TUnavailablePage>({
  maxAgeMs: MAX_AGE_SECONDS * 1000,
  // An entry is a few hundred bytes; a crawl of unknown URLs cannot grow it without bound.
  limit: 20_000,
}))

export const unavailablePage = (record: TRecordPageRequest) =>
  unavailablePages.get(JSON.stringify(record), tagsForRead('reader.unavailable', record), () =>
    cms.reader.unavailable.query(record),
  )
