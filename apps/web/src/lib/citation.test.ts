import { ZPublicSourceRefSchema, ZPublicSourceSchema, type TPublicSource } from '@itinera/contracts/schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  citableUrl,
  citationMetaTags,
  exportSource,
  formatCitation,
  toCslJson,
  toCslName,
  type TCslItem,
} from './citation'

// Built through the public schema, so every field absent here gets the default a reader sees.
const source = (fields: Partial<Record<keyof TPublicSource, unknown>> & { id: number; kind: string; title: string }) =>
  ZPublicSourceSchema.parse({ authors: null, date: null, identifiers: null, ...fields })

const hoare = source({
  id: 1,
  kind: 'book',
  sourceClass: 'tertiary',
  title: "Historical Dictionary of Democratic People's Republic of Korea",
  authors: [{ name: 'James E. Hoare' }],
  date: { year: 2019, month: null, day: null, circa: false },
  publisher: 'Rowman & Littlefield',
  language: 'en',
  identifiers: { isbn: '978-1-5381-1974-7', doi: null, callNumber: null, recordId: null },
})

const twoKoreas = source({
  id: 2,
  kind: 'book',
  sourceClass: 'scholarship',
  title: 'The Two Koreas: A Contemporary History',
  authors: [{ name: 'Don Oberdorfer' }, { name: 'Robert Carlin' }],
  date: { year: 2014 },
  publisher: 'Basic Books',
  language: 'en',
  identifiers: { isbn: '978-0-465-03123-8' },
})

const telegram = source({
  id: 3,
  kind: 'archival_document',
  sourceClass: 'archival',
  title: 'Ciphered Telegram, Roshchin to Cde. Filippov [Stalin]',
  authors: [{ name: 'Nikolai Roshchin' }],
  date: { year: 1950, month: 5, day: 13, circa: false },
  language: 'ru',
  translator: 'Kathryn Weathersby',
  url: 'https://digitalarchive.wilsoncenter.org/document/115976',
  urlStatus: 'live',
  accessDate: '2024-03-01T12:00:00.000Z',
  repository: 'Wilson Center Digital Archive',
  archiveCollection: 'Korean War Origins, 1945-1950',
  identifiers: { callNumber: 'APRF, Fond 45, Opis 1, Delo 331' },
})

const newsArticle = source({
  id: 4,
  kind: 'news_article',
  sourceClass: 'state_media',
  title: 'Korean Party and Government Delegation Arrives in Moscow',
  authors: [{ name: 'Korean Central News Agency' }],
  date: { year: 1964, month: 11, day: null },
  publisher: 'The Pyongyang Times',
  language: 'en',
})

const webPage = source({
  id: 5,
  kind: 'web_page',
  sourceClass: 'news',
  title: 'Kim Jong Un arrives in Vladivostok for first summit with Vladimir Putin',
  authors: [{ name: 'Colin Zwirko' }],
  date: { year: 2019, month: 4, day: 24 },
  publisher: 'NK News',
  url: 'https://www.nknews.org/2019/04/kim-jong-un-arrives-in-vladivostok/',
  urlStatus: 'dead',
  archiveUrl:
    'https://web.archive.org/web/20190425010203/https://www.nknews.org/2019/04/kim-jong-un-arrives-in-vladivostok/',
  archiveDate: '2019-04-25T00:00:00.000Z',
  accessDate: '2024-03-01T12:00:00.000Z',
})

const titleOnly = source({ id: 6, kind: 'film_photo', title: 'Kim Il Sung at Pyongyang Station' })

const pageUrl = (s: TPublicSource) => `https://itinera.example/sources/${s.id}`
const opts = (s: TPublicSource) => ({ pageUrl: pageUrl(s) })
const risLines = (s: TPublicSource) => exportSource(s, 'ris', opts(s)).body.split(/\r?\n/)
const metaValues = (s: TPublicSource, name: string) =>
  citationMetaTags(s, opts(s))
    .filter((tag) => tag.name === name)
    .map((tag) => tag.content)

describe('toCslName', () => {
  it.each([
    ['James E. Hoare', { family: 'Hoare', given: 'James E.' }],
    ['Kathryn Weathersby', { family: 'Weathersby', given: 'Kathryn' }],
    ['Hoare, James E.', { family: 'Hoare', given: 'James E.' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Sung-Yoon Lee', { family: 'Lee', given: 'Sung-Yoon' }],
  ])('splits %s', (name, expected) => {
    expect(toCslName(name)).toEqual(expected)
  })

  it.each([
    'Wilson Center',
    'Korean Central News Agency',
    'KCNA',
    'Kim Il Sung',
    'Mao Zedong',
    'Ho Chi Minh',
    '김일성',
    'Dick Van Dyke',
    'Bashar al-Assad',
    'Stalin',
  ])('keeps %s whole', (name) => {
    expect(toCslName(name)).toEqual({ literal: name })
  })

  it('drops empty names', () => {
    expect(toCslName('  ')).toBeNull()
  })
})

describe('toCslJson', () => {
  it('maps a book with its ISBN, publisher and year only', () => {
    expect(toCslJson(hoare, opts(hoare))).toEqual({
      id: 'itinera-source-1',
      type: 'book',
      title: "Historical Dictionary of Democratic People's Republic of Korea",
      author: [{ family: 'Hoare', given: 'James E.' }],
      issued: { 'date-parts': [[2019]] },
      publisher: 'Rowman & Littlefield',
      ISBN: '978-1-5381-1974-7',
      language: 'en',
      custom: { itineraPage: 'https://itinera.example/sources/1' },
    } satisfies TCslItem)
  })

  it('maps an archival document to a manuscript with its archive and call number', () => {
    const item = toCslJson(telegram, opts(telegram))
    expect(item).toMatchObject({
      type: 'manuscript',
      author: [{ family: 'Roshchin', given: 'Nikolai' }],
      translator: [{ family: 'Weathersby', given: 'Kathryn' }],
      issued: { 'date-parts': [[1950, 5, 13]] },
      archive: 'Wilson Center Digital Archive',
      archive_collection: 'Korean War Origins, 1945-1950',
      archive_location: 'APRF, Fond 45, Opis 1, Delo 331',
      'call-number': 'APRF, Fond 45, Opis 1, Delo 331',
      URL: 'https://digitalarchive.wilsoncenter.org/document/115976',
      accessed: { 'date-parts': [[2024, 3, 1]] },
      language: 'ru',
    })
    expect(item).not.toHaveProperty('note')
  })

  it('keeps month precision and puts the outlet in the container', () => {
    const item = toCslJson(newsArticle, opts(newsArticle))
    expect(item.type).toBe('article-newspaper')
    expect(item.issued).toEqual({ 'date-parts': [[1964, 11]] })
    expect(item['container-title']).toBe('The Pyongyang Times')
    expect(item.publisher).toBeUndefined()
    expect(item.author).toEqual([{ literal: 'Korean Central News Agency' }])
  })

  it('cites the archived copy of a dead page', () => {
    const item = toCslJson(webPage, opts(webPage))
    expect(item.type).toBe('webpage')
    expect(item.URL).toBe(webPage.archiveUrl)
    expect(item.issued).toEqual({ 'date-parts': [[2019, 4, 24]] })
  })

  it('marks a circa date', () => {
    const circa = source({ id: 7, kind: 'book', title: 'Memoirs', date: { year: 1955, circa: true } })
    expect(toCslJson(circa, opts(circa)).issued).toEqual({ 'date-parts': [[1955]], circa: true })
  })

  it('maps a title-only source without inventing fields', () => {
    expect(toCslJson(titleOnly, opts(titleOnly))).toEqual({
      id: 'itinera-source-6',
      type: 'graphic',
      title: 'Kim Il Sung at Pyongyang Station',
      custom: { itineraPage: 'https://itinera.example/sources/6' },
    })
  })
})

describe('citableUrl', () => {
  it('never sends readers to an unfit or usurped address', () => {
    const base = { url: 'https://example.org/a', archiveUrl: null }
    expect(citableUrl({ ...base, urlStatus: 'usurped' })).toBeNull()
    expect(citableUrl({ ...base, urlStatus: 'unfit', archiveUrl: 'https://web.archive.org/a' })).toBe(
      'https://web.archive.org/a',
    )
    expect(citableUrl({ ...base, urlStatus: 'dead' })).toBe('https://example.org/a')
    expect(citableUrl({ ...base, urlStatus: null })).toBe('https://example.org/a')
  })
})

describe('exportSource', () => {
  it('writes BibTeX for a book', () => {
    const { body, contentType, extension } = exportSource(hoare, 'bibtex', opts(hoare))
    expect(contentType).toBe('application/x-bibtex')
    expect(extension).toBe('bib')
    expect(body).toMatch(/^@book\{/)
    expect(body).toContain('author = {Hoare, James E.}')
    expect(body).toContain('isbn = {978-1-5381-1974-7}')
    expect(body).toContain('publisher = {Rowman \\& Littlefield}')
    expect(body).toContain('year = {2019}')
  })

  it('joins two authors with "and" in BibTeX', () => {
    expect(exportSource(twoKoreas, 'bibtex', opts(twoKoreas)).body).toContain(
      'author = {Oberdorfer, Don and Carlin, Robert}',
    )
  })

  it('keeps an archival reference and translator in the BibTeX note', () => {
    const { body } = exportSource(telegram, 'bibtex', opts(telegram))
    expect(body).toMatch(/^@unpublished\{/)
    expect(body).toContain(
      'note = {Korean War Origins, 1945-1950, APRF, Fond 45, Opis 1, Delo 331, Wilson Center Digital Archive. Translated by Kathryn Weathersby}',
    )
  })

  it('braces an institution so BibTeX does not split it', () => {
    expect(exportSource(newsArticle, 'bibtex', opts(newsArticle)).body).toContain(
      'author = {{Korean Central News Agency}}',
    )
  })

  it('writes RIS for a book', () => {
    const { contentType, extension } = exportSource(twoKoreas, 'ris', opts(twoKoreas))
    expect(contentType).toBe('application/x-research-info-systems')
    expect(extension).toBe('ris')
    const lines = risLines(twoKoreas)
    expect(lines[0]).toBe('TY  - BOOK')
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Oberdorfer, Don', 'AU  - Carlin, Robert'])
    expect(lines).toContain('PY  - 2014')
    expect(lines).toContain('SN  - 978-0-465-03123-8')
    expect(lines).toContain('PB  - Basic Books')
    expect(lines).toContain('ER  - ')
  })

  it('writes RIS for an archival document with its archive and call number', () => {
    const lines = risLines(telegram)
    expect(lines[0]).toBe('TY  - MANSCPT')
    expect(lines).toContain('AU  - Roshchin, Nikolai')
    expect(lines).toContain('PB  - Wilson Center Digital Archive')
    expect(lines).toContain('PY  - 1950')
    expect(lines).toContain('CN  - APRF, Fond 45, Opis 1, Delo 331')
    expect(lines).toContain('UR  - https://digitalarchive.wilsoncenter.org/document/115976')
  })

  it('ends RIS lines with CRLF and never wraps a value', () => {
    const { body } = exportSource(webPage, 'ris', opts(webPage))
    expect(body.endsWith('ER  - \r\n')).toBe(true)
    expect(body.split('\r\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line) || line === '')).toBe(true)
    expect(body).toContain(`TI  - ${webPage.title}\r\n`)
  })

  it('writes the archive URL of a dead page to RIS', () => {
    const lines = risLines(webPage)
    expect(lines[0]).toBe('TY  - ELEC')
    expect(lines).toContain(`UR  - ${webPage.archiveUrl}`)
    expect(lines.some((line) => line.includes('www.nknews.org/2019') && !line.includes('web.archive.org'))).toBe(false)
  })

  it('writes CSL-JSON that reads back as the item', () => {
    const { body, contentType, extension } = exportSource(newsArticle, 'csl-json', opts(newsArticle))
    expect(contentType).toBe('application/vnd.citationstyles.csl+json')
    expect(extension).toBe('json')
    expect(JSON.parse(body)).toEqual([toCslJson(newsArticle, opts(newsArticle))])
  })

  it.each(['bibtex', 'ris', 'csl-json'] as const)('exports a title-only source as %s', (format) => {
    // BibTeX braces capitalized words to keep their case: "Kim {Il} {Sung}".
    const body = exportSource(titleOnly, format, opts(titleOnly)).body.replace(/[{}]/g, '')
    expect(body).toContain('Kim Il Sung at Pyongyang Station')
  })
})

describe('citationMetaTags', () => {
  it('tags a book', () => {
    expect(citationMetaTags(hoare, opts(hoare))).toEqual([
      { name: 'citation_title', content: "Historical Dictionary of Democratic People's Republic of Korea" },
      { name: 'citation_author', content: 'Hoare, James E.' },
      { name: 'citation_publication_date', content: '2019' },
      { name: 'citation_publisher', content: 'Rowman & Littlefield' },
      { name: 'citation_isbn', content: '978-1-5381-1974-7' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_abstract_html_url', content: 'https://itinera.example/sources/1' },
    ])
  })

  it('gives one citation_author per author', () => {
    expect(metaValues(twoKoreas, 'citation_author')).toEqual(['Oberdorfer, Don', 'Carlin, Robert'])
    expect(metaValues(newsArticle, 'citation_author')).toEqual(['Korean Central News Agency'])
  })

  it('writes full dates as YYYY/MM/DD and anything less as the year', () => {
    expect(metaValues(telegram, 'citation_publication_date')).toEqual(['1950/05/13'])
    expect(metaValues(newsArticle, 'citation_publication_date')).toEqual(['1964'])
    expect(metaValues(titleOnly, 'citation_publication_date')).toEqual([])
  })

  it("links the archived copy of a dead page, and a live PDF as the source's full text", () => {
    expect(metaValues(webPage, 'citation_public_url')).toEqual([webPage.archiveUrl])
    expect(metaValues(webPage, 'citation_pdf_url')).toEqual([])
    const pdf = source({
      id: 8,
      kind: 'working_paper',
      title: 'Paper',
      url: 'https://www.wilsoncenter.org/sites/default/files/WP_1.PDF',
      urlStatus: 'live',
    })
    expect(metaValues(pdf, 'citation_pdf_url')).toEqual(['https://www.wilsoncenter.org/sites/default/files/WP_1.PDF'])
    expect(metaValues({ ...pdf, urlStatus: 'dead' }, 'citation_pdf_url')).toEqual([])
  })

  it('tags a title-only source with its title and page only', () => {
    expect(citationMetaTags(titleOnly, opts(titleOnly))).toEqual([
      { name: 'citation_title', content: 'Kim Il Sung at Pyongyang Station' },
      { name: 'citation_abstract_html_url', content: 'https://itinera.example/sources/6' },
    ])
  })
})

describe('formatCitation', () => {
  // The first call loads the citation style engine (about a second, far more on a busy machine).
  beforeAll(() => void formatCitation(titleOnly), 120_000)

  // citeproc prints typographic apostrophes: People's → People’s.
  const plain = (text: string) => text.replace(/’/g, "'")

  it.each([hoare, twoKoreas, telegram, newsArticle, webPage, titleOnly])('contains the title of source $id', (s) => {
    const line = formatCitation(s)
    expect(plain(line)).toContain(s.title)
    expect(line).not.toMatch(/\n/)
  })

  it("formats a trip citation's source, which carries fewer fields", () => {
    const ref = ZPublicSourceRefSchema.parse(telegram)
    expect(ref).not.toHaveProperty('translator')
    expect(formatCitation(ref)).toContain('Ciphered Telegram, Roshchin to Cde. Filippov [Stalin]')
  })

  it('reads as an APA reference', () => {
    expect(formatCitation(hoare)).toBe(
      'Hoare, J. E. (2019). Historical Dictionary of Democratic People’s Republic of Korea. Rowman & Littlefield.',
    )
    expect(formatCitation(telegram)).toContain('(K. Weathersby, Trans.)')
    expect(formatCitation(telegram)).toContain('APRF, Fond 45, Opis 1, Delo 331')
  })
})
