import { describe, expect, it } from 'vitest'
import { startLocalServer } from '../../test/localServer'
import { CROSSREF_CSL_ARTICLE, HIGHWIRE_PAGE, JSON_LD_PAGE, OPEN_LIBRARY_BOOK } from './fixtures'
import { LookupError, lookUpSource, type TLookupServices } from './lookupSource'

const CSL_JSON = 'application/vnd.citationstyles.csl+json'
const KNOWN_DOI = CROSSREF_CSL_ARTICLE.DOI

// doi.org: content negotiation redirects to the registrar's rendering; a browser goes to the landing page.
const doiOrg = await startLocalServer((request, response) => {
  const doi = decodeURIComponent((request.url ?? '/').slice(1))
  if (doi === KNOWN_DOI) {
    const wantsCsl = (request.headers.accept ?? '').includes(CSL_JSON)
    response.writeHead(302, { location: wantsCsl ? `/registrar/transform/${doi}` : 'https://journal.example/landing' })
    response.end()
  } else if (doi === `registrar/transform/${KNOWN_DOI}`) {
    response.writeHead(200, { 'content-type': `${CSL_JSON}; charset=utf-8` }).end(JSON.stringify(CROSSREF_CSL_ARTICLE))
  } else if (doi === '10.5555/broken') {
    response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>')
  } else {
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>DOI Not Found</h1>')
  }
})

// Open Library's Books API: an unknown ISBN is an empty object.
const openLibrary = await startLocalServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://openlibrary.test')
  const bibkey = url.searchParams.get('bibkeys') ?? ''
  const known = url.pathname === '/api/books' && url.searchParams.get('jscmd') === 'data' && bibkey in OPEN_LIBRARY_BOOK
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify(known ? OPEN_LIBRARY_BOOK : {}))
})

// Pages, and the Wayback Machine's snapshots of them.
const pages = await startLocalServer((request, response) => {
  const path = request.url ?? '/'
  const send = (status: number, type: string, body: string) =>
    response.writeHead(status, { 'content-type': type }).end(body)
  if (path === '/articles/journeys') send(200, 'text/html; charset=utf-8', HIGHWIRE_PAGE)
  else if (path === '/web/20190315083000/https://news.example/moscow') send(200, 'text/html', JSON_LD_PAGE)
  else if (path === '/feed') send(200, 'application/rss+xml', '<rss/>')
  else if (path === '/bare') send(200, 'text/html', '<p>no metadata</p>')
  else send(404, 'text/html', '<h1>Not found</h1>')
})

const services: TLookupServices = {
  doiBaseUrl: doiOrg.origin,
  openLibraryBaseUrl: openLibrary.origin,
  waybackBaseUrl: pages.origin,
  policy: { allowPrivateHosts: ['127.0.0.1'], maxRedirects: 3, maxBytes: 200_000, timeoutMs: 5000 },
}
const TODAY = '2026-12-01'

async function failure(identifier: string, overrides: Partial<TLookupServices> = {}) {
  const error = await lookUpSource(identifier, { ...services, ...overrides }, TODAY).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(LookupError)
  return error as LookupError
}

describe('looking up a DOI', () => {
  it('should fill an article from the CSL-JSON doi.org negotiates', async () => {
    const found = await lookUpSource(`https://doi.org/${KNOWN_DOI}`, services, TODAY)
    expect(found.foundBy).toBe('doi')
    expect(found.source).toMatchObject({
      kind: 'journal_article',
      title: CROSSREF_CSL_ARTICLE.title,
      authors: [{ name: 'Balázs Szalontai' }, { name: 'Sergey Radchenko' }],
      date: { year: 2014, month: 2, day: 3 },
      publisher: 'Cold War History',
      identifiers: { doi: KNOWN_DOI },
    })
  })

  it('should say so when the DOI is not registered (422) or the resolver fails (502)', async () => {
    const unknown = await failure('10.5555/nothing-here')
    expect(unknown).toMatchObject({
      status: 422,
      message: `${new URL(doiOrg.origin).host} has no record of the DOI 10.5555/nothing-here`,
    })
    expect(await failure('10.5555/broken')).toMatchObject({
      status: 502,
      message: expect.stringMatching(/answered 503/),
    })
  })

  it('should refuse a resolver on a private address unless configured', async () => {
    const refused = await failure(KNOWN_DOI, { policy: { ...services.policy, allowPrivateHosts: [] } })
    expect(refused).toMatchObject({ status: 422, message: expect.stringMatching(/not on the public internet/) })
  })
})

describe('looking up an ISBN', () => {
  it('should fill a book from Open Library', async () => {
    const found = await lookUpSource('978-0-8014-5082-2', services, TODAY)
    expect(found).toMatchObject({ foundBy: 'isbn' })
    expect(found.source).toEqual({
      kind: 'book',
      title: 'Tyranny of the Weak: North Korea and the World, 1950-1992',
      authors: [{ name: 'Charles K. Armstrong' }],
      date: { year: 2013, month: 5, circa: false },
      publisher: 'Cornell University Press',
      identifiers: { isbn: '9780801450822' },
    })
  })

  it('should say when Open Library has no such book', async () => {
    expect(await failure('9780804753227')).toMatchObject({
      status: 422,
      message: expect.stringMatching(/has no book with ISBN 9780804753227/),
    })
  })
})

describe('looking up a web address', () => {
  it("should fill the record from the page's own citation metadata", async () => {
    const found = await lookUpSource(`${pages.origin}/articles/journeys`, services, TODAY)
    expect(found.foundBy).toBe('url')
    expect(found.source).toMatchObject({
      kind: 'journal_article',
      title: "Journeys abroad: the leader's travels, 1956–1965",
      authors: [{ name: 'Andrei Lankov' }, { name: 'Suzy Kim' }],
      url: `${pages.origin}/articles/journeys`,
      accessDate: TODAY,
      identifiers: { doi: '10.5555/jks.2016.0012' },
    })
  })

  it('should read a Wayback snapshot as its archive date and original address', async () => {
    const snapshot = `${pages.origin}/web/20190315083000/https://news.example/moscow`
    const found = await lookUpSource(snapshot, services, TODAY)
    expect(found.foundBy).toBe('archive')
    expect(found.source).toMatchObject({
      kind: 'news_article',
      title: 'Leader arrives in Moscow by special train',
      url: 'https://news.example/moscow',
      archiveUrl: snapshot,
      archiveDate: '2019-03-15',
      publisher: 'World News Ltd',
    })
  })

  it('should say what is wrong with a page that cannot fill a record', async () => {
    expect(await failure(`${pages.origin}/gone`)).toMatchObject({
      status: 422,
      message: expect.stringMatching(/no page/),
    })
    expect(await failure(`${pages.origin}/bare`)).toMatchObject({
      status: 422,
      message: expect.stringMatching(/names no title/),
    })
    expect(await failure(`${pages.origin}/feed`)).toMatchObject({
      status: 502,
      message: expect.stringMatching(/answered with application\/rss\+xml, not text\/html/),
    })
  })
})
