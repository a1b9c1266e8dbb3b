import { parseSourceIdentifier, type TSourceAutofillResponse } from '@itinera/contracts/source-autofill'
import { guardedFetch, OutboundError, type TOutboundPolicy } from '../../outbound/guardedFetch'
import { readArchivedCopy } from './archiveUrl'
import { sourceFromCsl, ZCslItemSchema } from './fromCsl'
import { sourceFromOpenLibrary, ZOpenLibraryEditionSchema } from './fromOpenLibrary'
import { readPageMetadata, sourceFromPageMetadata } from './fromPageMetadata'

/** Where identifiers are looked up, and the limits of every fetch. */
export interface TLookupServices {
  doiBaseUrl: string
  openLibraryBaseUrl: string
  waybackBaseUrl: string
  policy: TOutboundPolicy
}

/**
 * A lookup that could not give a record: 422 when the identifier is fine but nothing usable
 * answers for it (unknown DOI, a page without metadata, an address the server may not fetch),
 * 502 when the service itself failed (down, too slow, too large, the wrong kind of answer).
 */
export class LookupError extends Error {
  constructor(
    readonly status: 422 | 502,
    message: string,
  ) {
    super(message)
    this.name = 'LookupError'
  }
}

const CSL_JSON = 'application/vnd.citationstyles.csl+json'
const HTML_TYPES = ['text/html', 'application/xhtml+xml']

// The guard refusing an address is about what the editor typed; the rest are the far side failing.
const EDITOR_FIXABLE = new Set(['bad-url', 'private-address', 'unresolvable'])

async function fetchFrom(service: string, url: URL, accept: string, contentTypes: string[], policy: TOutboundPolicy) {
  try {
    return await guardedFetch(url, { accept, contentTypes }, policy)
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error
    throw new LookupError(EDITOR_FIXABLE.has(error.code) ? 422 : 502, `${service}: ${error.message}`)
  }
}

function parseJson(service: string, body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new LookupError(502, `${service} answered with something that is not JSON`)
  }
}

const withPath = (base: string, path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`)

async function lookUpDoi(doi: string, services: TLookupServices): Promise<TSourceAutofillResponse> {
  const service = new URL(services.doiBaseUrl).host
  // The DOI's own characters are kept: "/" separates prefix and suffix, and stays a slash.
  const url = withPath(services.doiBaseUrl, doi.split('/').map(encodeURIComponent).join('/'))
  const response = await fetchFrom(service, url, CSL_JSON, [CSL_JSON, 'application/json'], services.policy)
  if (response.status === 404) throw new LookupError(422, `${service} has no record of the DOI ${doi}`)
  if (response.status !== 200) throw new LookupError(502, `${service} answered ${response.status} for the DOI ${doi}`)
  const item = ZCslItemSchema.safeParse(parseJson(service, response.body))
  if (!item.success) throw new LookupError(502, `${service} answered for ${doi} with no CSL-JSON record`)
  return { source: sourceFromCsl(item.data, doi), foundBy: 'doi', from: url.href }
}

async function lookUpIsbn(isbn: string, services: TLookupServices): Promise<TSourceAutofillResponse> {
  const service = new URL(services.openLibraryBaseUrl).host
  const url = withPath(services.openLibraryBaseUrl, 'api/books')
  url.search = new URLSearchParams({ bibkeys: `ISBN:${isbn}`, format: 'json', jscmd: 'data' }).toString()
  const response = await fetchFrom(service, url, 'application/json', ['application/json'], services.policy)
  if (response.status !== 200) throw new LookupError(502, `${service} answered ${response.status} for ISBN ${isbn}`)
  const answer = parseJson(service, response.body) as Record<string, unknown>
  // An unknown ISBN is an empty object, not a 404.
  const found = answer?.[`ISBN:${isbn}`]
  if (!found) throw new LookupError(422, `${service} has no book with ISBN ${isbn}`)
  const edition = ZOpenLibraryEditionSchema.safeParse(found)
  if (!edition.success) throw new LookupError(502, `${service} answered for ISBN ${isbn} without a title`)
  return { source: sourceFromOpenLibrary(edition.data, isbn), foundBy: 'isbn', from: url.href }
}

async function lookUpPage(address: string, services: TLookupServices, today: string): Promise<TSourceAutofillResponse> {
  const url = new URL(address)
  const archived = readArchivedCopy(url, services.waybackBaseUrl)
  const response = await fetchFrom(url.host, url, HTML_TYPES.join(', '), HTML_TYPES, services.policy)
  if (response.status === 404 || response.status === 410) {
    throw new LookupError(422, `${url.host} has no page at this address (${response.status})`)
  }
  if (response.status !== 200) throw new LookupError(502, `${url.host} answered ${response.status}`)
  const metadata = await readPageMetadata(response.body.toString('utf8'))
  const source = sourceFromPageMetadata(metadata, archived?.originalUrl ?? response.url.href)
  if (!source.title) throw new LookupError(422, `The page at ${url.host} names no title in its metadata`)
  return archived
    ? {
        source: { ...source, archiveUrl: url.href, archiveDate: archived.archiveDate, accessDate: today },
        foundBy: 'archive',
        from: url.href,
      }
    : { source: { ...source, accessDate: today }, foundBy: 'url', from: url.href }
}

/**
 * A proposed source record for a DOI, an ISBN or a web address (a Wayback snapshot gives its
 * archive date and original address too). Nothing is saved.
 */
export async function lookUpSource(
  identifier: string,
  services: TLookupServices,
  today = new Date().toISOString().slice(0, 10),
): Promise<TSourceAutofillResponse> {
  const parsed = parseSourceIdentifier(identifier)
  if ('problem' in parsed) throw new TypeError(parsed.problem)
  if (parsed.type === 'doi') return lookUpDoi(parsed.doi, services)
  if (parsed.type === 'isbn') return lookUpIsbn(parsed.isbn, services)
  return lookUpPage(parsed.url, services, today)
}
