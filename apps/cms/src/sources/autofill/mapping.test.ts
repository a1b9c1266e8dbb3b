import { describe, expect, it } from 'vitest'
import { readArchivedCopy } from './archiveUrl'
import {
  CROSSREF_CSL_ARTICLE,
  DUBLIN_CORE_PAGE,
  HIGHWIRE_PAGE,
  JSON_LD_PAGE,
  OPEN_GRAPH_PAGE,
  OPEN_LIBRARY_BOOK,
} from './fixtures'
import { sourceFromCsl, ZCslItemSchema } from './fromCsl'
import { sourceFromOpenLibrary, ZOpenLibraryEditionSchema } from './fromOpenLibrary'
import { readPageMetadata, sourceFromPageMetadata } from './fromPageMetadata'
import { readDate } from './readDate'
import { readName } from './readName'

const fromPage = async (html: string, url = 'https://example.org/page') =>
  sourceFromPageMetadata(await readPageMetadata(html), url)

describe('sourceFromCsl', () => {
  it('should map a Crossref CSL-JSON article to an article with its journal as the outlet', () => {
    const item = ZCslItemSchema.parse(CROSSREF_CSL_ARTICLE)
    expect(sourceFromCsl(item, '10.5555/itinera.2014.863581')).toEqual({
      kind: 'journal_article',
      title: 'Kim Il Sung’s journeys abroad, 1956–1965',
      authors: [{ name: 'Balázs Szalontai' }, { name: 'Sergey Radchenko' }],
      date: { year: 2014, month: 2, day: 3, circa: false },
      publisher: 'Cold War History',
      language: 'en',
      url: 'https://doi.org/10.5555/itinera.2014.863581',
      identifiers: { doi: '10.5555/itinera.2014.863581', isbn: undefined },
    })
  })

  it('should keep a book’s publisher, its first valid ISBN and its editors when it has no authors', () => {
    const item = ZCslItemSchema.parse({
      type: 'book',
      title: ['Collected documents'],
      publisher: 'Wilson Center Press',
      editor: [{ literal: 'Wilson Center' }],
      issued: { 'date-parts': [['2005']] },
      ISBN: '080475322X 9780804753227',
    })
    expect(sourceFromCsl(item, '10.5555/x')).toMatchObject({
      kind: 'book',
      title: 'Collected documents',
      publisher: 'Wilson Center Press',
      authors: [{ name: 'Wilson Center' }],
      date: { year: 2005 },
      identifiers: { isbn: '9780804753227', doi: '10.5555/x' },
    })
  })
})

describe('sourceFromOpenLibrary', () => {
  it('should map an Open Library edition to a book', () => {
    const edition = ZOpenLibraryEditionSchema.parse(OPEN_LIBRARY_BOOK['ISBN:9780801450822'])
    expect(sourceFromOpenLibrary(edition, '9780801450822')).toEqual({
      kind: 'book',
      title: 'Tyranny of the Weak: North Korea and the World, 1950-1992',
      authors: [{ name: 'Charles K. Armstrong' }],
      date: { year: 2013, month: 5, day: undefined, circa: false },
      publisher: 'Cornell University Press',
      identifiers: { isbn: '9780801450822' },
    })
  })
})

describe('sourceFromPageMetadata', () => {
  it('should prefer Highwire citation tags over Dublin Core and Open Graph', async () => {
    expect(await fromPage(HIGHWIRE_PAGE)).toMatchObject({
      kind: 'journal_article',
      title: "Journeys abroad: the leader's travels, 1956–1965",
      authors: [{ name: 'Andrei Lankov' }, { name: 'Suzy Kim' }],
      date: { year: 2016, month: 10, day: 15 },
      publisher: 'Journal of Korean Studies',
      language: 'en',
      url: 'https://example.org/page',
      identifiers: { doi: '10.5555/jks.2016.0012' },
    })
  })

  it('should read Dublin Core', async () => {
    expect(await fromPage(DUBLIN_CORE_PAGE)).toMatchObject({
      kind: 'web_page',
      title: 'Memorandum of conversation with the Soviet ambassador',
      authors: [{ name: 'Ministry of Foreign Affairs' }],
      date: { year: 1956, month: 6, day: 20 },
      publisher: 'Wilson Center Digital Archive',
      language: 'ru',
    })
  })

  it('should read the JSON-LD node that describes the page', async () => {
    expect(await fromPage(JSON_LD_PAGE)).toMatchObject({
      kind: 'news_article',
      title: 'Leader arrives in Moscow by special train',
      authors: [{ name: 'Jane Roe' }, { name: 'John Doe' }],
      date: { year: 2019, month: 3, day: 15 },
      publisher: 'World News Ltd',
      language: 'en-GB',
    })
  })

  it('should fall back on Open Graph', async () => {
    expect(await fromPage(OPEN_GRAPH_PAGE)).toMatchObject({
      kind: 'web_page',
      title: 'Photographs of the 1961 visit',
      authors: [],
      publisher: 'Pictures Archive',
    })
  })

  it('should propose no title for a page without metadata', async () => {
    expect((await fromPage('<p>nothing here</p>')).title).toBeUndefined()
  })
})

describe('readArchivedCopy', () => {
  const wayback = 'https://web.archive.org'

  it('should read the archive date and the original address of a Wayback snapshot', () => {
    expect(
      readArchivedCopy(new URL('https://web.archive.org/web/20190315000000/https://news.example/a?id=3'), wayback),
    ).toEqual({ originalUrl: 'https://news.example/a?id=3', archiveDate: '2019-03-15' })
  })

  it('should read shortened timestamps, replay modifiers and collapsed slashes', () => {
    expect(readArchivedCopy(new URL('https://web.archive.org/web/20051231id_/http:/example.org/'), wayback)).toEqual({
      originalUrl: 'http://example.org/',
      archiveDate: '2005-12-31',
    })
    expect(readArchivedCopy(new URL('https://web.archive.org/web/20100101/example.org/x'), wayback)).toEqual({
      originalUrl: 'http://example.org/x',
      archiveDate: '2010-01-01',
    })
  })

  it('should not read other addresses or impossible dates as snapshots', () => {
    expect(readArchivedCopy(new URL('https://example.org/web/20190315000000/https://a.example/'), wayback)).toBeNull()
    expect(
      readArchivedCopy(new URL('https://web.archive.org/web/20190231000000/https://a.example/'), wayback),
    ).toBeNull()
    expect(readArchivedCopy(new URL('https://web.archive.org/details/some-item'), wayback)).toBeNull()
  })
})

describe('readDate', () => {
  it.each([
    ['2019-03-15', { year: 2019, month: 3, day: 15 }],
    ['2019/03', { year: 2019, month: 3 }],
    ['2019-03-15T08:30:00+00:00', { year: 2019, month: 3, day: 15 }],
    ['March 15, 2019', { year: 2019, month: 3, day: 15 }],
    ['15 Mar 2019', { year: 2019, month: 3, day: 15 }],
    ['May 1997', { year: 1997, month: 5 }],
    ['c1997', { year: 1997 }],
  ])('should read %s as precisely as it is written', (text, expected) => {
    // toEqual: a part the text does not give must be absent, not guessed.
    expect(readDate(text)).toEqual({ ...expected, circa: false })
  })

  it('should give nothing for text without a year', () => {
    expect(readDate('sometime')).toBeUndefined()
    expect(readDate(undefined)).toBeUndefined()
  })
})

describe('readName', () => {
  it('should turn "Family, Given" around and keep other names as written', () => {
    expect(readName('Lankov,  Andrei')).toBe('Andrei Lankov')
    expect(readName('Korean Central News Agency')).toBe('Korean Central News Agency')
    expect(readName('Smith, John, Jr.')).toBe('Smith, John, Jr.')
  })
})
