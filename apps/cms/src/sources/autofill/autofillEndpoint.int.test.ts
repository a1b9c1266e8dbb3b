import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../slugs'
import { setupIntegration } from '../../test/integration'
import { startLocalServer } from '../../test/localServer'
import { rest } from '../../test/rest'
import { createDraft } from '../../test/workflow'
import { CROSSREF_CSL_ARTICLE, OPEN_LIBRARY_BOOK } from './fixtures'

// Stand-ins for doi.org and Open Library, named in the CMS's configuration before it loads.
const services = await startLocalServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://services.test')
  if (url.pathname === `/doi/${CROSSREF_CSL_ARTICLE.DOI}`) {
    response.writeHead(200, { 'content-type': 'application/vnd.citationstyles.csl+json' })
    response.end(JSON.stringify(CROSSREF_CSL_ARTICLE))
  } else if (url.pathname === '/doi/10.5555/slow') {
    // Never answers: the configured timeout ends the lookup.
  } else if (url.pathname === '/openlibrary/api/books') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(OPEN_LIBRARY_BOOK))
  } else {
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
  }
})
process.env.DOI_BASE_URL = `${services.origin}/doi`
process.env.OPEN_LIBRARY_BASE_URL = `${services.origin}/openlibrary`
process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = '127.0.0.1'
// Long enough for a busy machine's local answers; only the silent stand-in reaches it.
process.env.OUTBOUND_TIMEOUT_MS = '2000'

const integration = await setupIntegration('source-autofill')
const { payload, actors } = integration

const autofill = (identifier: unknown, headers: Headers) =>
  rest(payload, 'POST', '/sources/autofill', { headers, body: { identifier } })
const message = (json: Record<string, unknown> | null) => (json?.errors as { message: string }[])[0]!.message

describe('POST /api/sources/autofill', () => {
  it('should refuse anyone signed out (401) and anyone but editors and admins (403)', async () => {
    expect((await autofill(CROSSREF_CSL_ARTICLE.DOI, actors.anonymous.headers)).status).toBe(401)
    const reviewer = await autofill(CROSSREF_CSL_ARTICLE.DOI, actors.reviewer.headers)
    expect(reviewer.status).toBe(403)
    expect(message(reviewer.json)).toBe('Looking up sources needs the editor role.')
  })

  it('should name the field when the identifier is none (400)', async () => {
    const bad = await autofill('978-0-8014-5082-4', actors.editor.headers)
    expect(bad.status).toBe(400)
    expect(bad.json?.errors).toEqual([
      {
        message: 'identifier: Not a valid ISBN-10 or ISBN-13 (check digit)',
        fields: [{ path: 'identifier', message: 'Not a valid ISBN-10 or ISBN-13 (check digit)' }],
      },
    ])
    expect((await autofill(42, actors.editor.headers)).status).toBe(400)
  })

  it('should propose a record for a DOI, and save nothing', async () => {
    const before = await payload.count({ collection: SOURCES, overrideAccess: true })
    const found = await autofill(`doi:${CROSSREF_CSL_ARTICLE.DOI}`, actors.editor.headers)
    expect(found.status).toBe(200)
    expect(found.json).toMatchObject({
      foundBy: 'doi',
      source: { kind: 'journal_article', title: CROSSREF_CSL_ARTICLE.title, publisher: 'Cold War History' },
    })
    expect(await payload.count({ collection: SOURCES, overrideAccess: true })).toEqual(before)
  })

  it('should propose a book for an ISBN to an admin too', async () => {
    const found = await autofill('9780801450822', actors.admin.headers)
    expect(found.status).toBe(200)
    expect(found.json).toMatchObject({
      foundBy: 'isbn',
      source: { kind: 'book', publisher: 'Cornell University Press' },
    })
  })

  it('should say when the service has no record (422) or does not answer in time (502)', async () => {
    const unknown = await autofill('10.5555/unknown', actors.editor.headers)
    expect(unknown.status).toBe(422)
    expect(message(unknown.json)).toMatch(/has no record of the DOI 10\.5555\/unknown/)
    const slow = await autofill('10.5555/slow', actors.editor.headers)
    expect(slow.status).toBe(502)
    expect(message(slow.json)).toMatch(/did not answer within 2 s/)
  })

  it('should refuse a page on a private address the configuration does not allow (422)', async () => {
    const refused = await autofill('http://169.254.169.254/latest/meta-data/', actors.editor.headers)
    expect(refused.status).toBe(422)
    expect(message(refused.json)).toMatch(/not on the public internet \(169\.254\.169\.254, linkLocal\)/)
  })

  it('should let the editor save the proposal as a draft, like any new source', async () => {
    const { json } = await autofill(CROSSREF_CSL_ARTICLE.DOI, actors.editor.headers)
    const proposal = json!.source as Record<string, unknown>
    const saved = await createDraft(
      integration,
      SOURCES,
      { ...proposal, sourceClass: 'scholarship' } as never,
      'editor',
    )
    expect(saved).toMatchObject({
      _status: 'draft',
      reviewState: 'draft',
      identifiers: { doi: CROSSREF_CSL_ARTICLE.DOI },
    })
  })
})
