/**
 * Answers shaped as the real services give them (fields a source does not use included, so a
 * mapping that trips over them fails here first).
 */

/** doi.org's CSL-JSON for a journal article, as Crossref renders it on content negotiation. */
export const CROSSREF_CSL_ARTICLE = {
  indexed: { 'date-parts': [[2025, 3, 2]], 'date-time': '2025-03-02T10:12:44Z', timestamp: 1740910364000 },
  'reference-count': 41,
  publisher: 'Informa UK Limited',
  issue: '2',
  'content-domain': { domain: ['www.tandfonline.com'], 'crossmark-restriction': true },
  'short-container-title': ['Cold War History'],
  'published-print': { 'date-parts': [[2014, 5]] },
  DOI: '10.5555/itinera.2014.863581',
  type: 'article-journal',
  created: { 'date-parts': [[2014, 2, 3]], 'date-time': '2014-02-03T09:01:02Z', timestamp: 1391418062000 },
  page: '233-251',
  source: 'Crossref',
  'is-referenced-by-count': 7,
  title: 'Kim Il Sung’s journeys abroad, 1956–1965',
  prefix: '10.5555',
  volume: '14',
  author: [
    { given: 'Balázs', family: 'Szalontai', sequence: 'first', affiliation: [] },
    { given: 'Sergey', family: 'Radchenko', sequence: 'additional', affiliation: [{ name: 'Cardiff University' }] },
  ],
  member: '301',
  'container-title': 'Cold War History',
  'original-title': [],
  language: 'en',
  link: [{ URL: 'https://www.tandfonline.com/doi/pdf/10.5555/itinera.2014.863581', 'content-type': 'unspecified' }],
  deposited: { 'date-parts': [[2020, 12, 1]], 'date-time': '2020-12-01T00:00:00Z', timestamp: 1606780800000 },
  score: 1,
  subtitle: [],
  'short-title': [],
  issued: { 'date-parts': [[2014, 2, 3]] },
  'references-count': 41,
  'journal-issue': { issue: '2', 'published-print': { 'date-parts': [[2014, 5]] } },
  URL: 'https://doi.org/10.5555/itinera.2014.863581',
  ISSN: ['1468-2745', '1743-7962'],
  'issn-type': [{ value: '1468-2745', type: 'print' }],
  published: { 'date-parts': [[2014, 2, 3]] },
}

/** Open Library's Books API (`/api/books?bibkeys=ISBN:…&format=json&jscmd=data`) for one edition. */
export const OPEN_LIBRARY_BOOK = {
  'ISBN:9780801450822': {
    url: 'https://openlibrary.org/books/OL26345101M/Tyranny_of_the_Weak',
    key: '/books/OL26345101M',
    title: 'Tyranny of the Weak',
    subtitle: 'North Korea and the World, 1950-1992',
    authors: [{ url: 'https://openlibrary.org/authors/OL6861893A/Charles_K._Armstrong', name: 'Charles K. Armstrong' }],
    number_of_pages: 328,
    pagination: 'xiv, 328 p.',
    identifiers: { isbn_13: ['9780801450822'], lccn: ['2012040137'], openlibrary: ['OL26345101M'] },
    classifications: { lc_classifications: ['DS935.65 .A76 2013'] },
    publishers: [{ name: 'Cornell University Press' }],
    publish_places: [{ name: 'Ithaca' }],
    publish_date: 'May 2013',
    subjects: [{ name: 'Foreign relations', url: 'https://openlibrary.org/subjects/foreign_relations' }],
    cover: { small: 'https://covers.openlibrary.org/b/id/1-S.jpg' },
  },
}

/** A scholarly landing page: Highwire `citation_*` tags, with Dublin Core and Open Graph beside them. */
export const HIGHWIRE_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Journeys abroad | Journal of Korean Studies</title>
<meta name="citation_title" content="Journeys abroad: the leader's travels, 1956–1965">
<meta name="citation_author" content="Lankov, Andrei">
<meta name="citation_author" content="Kim, Suzy">
<meta name="citation_publication_date" content="2016/10/15">
<meta name="citation_journal_title" content="Journal of Korean Studies">
<meta name="citation_doi" content="10.5555/jks.2016.0012">
<meta name="citation_language" content="en">
<meta name="DC.title" content="A different title from Dublin Core">
<meta property="og:title" content="Journeys abroad (Open Graph)">
<meta property="og:site_name" content="Project Muse">
</head><body><h1>Journeys abroad</h1></body></html>`

/** A page with Dublin Core only. */
export const DUBLIN_CORE_PAGE = `<!doctype html>
<html><head>
<title>Record 114</title>
<meta name="DC.title" content="Memorandum of conversation with the Soviet ambassador">
<meta name="DC.creator" content="Ministry of Foreign Affairs">
<meta name="DCTERMS.issued" content="1956-06-20">
<meta name="DC.publisher" content="Wilson Center Digital Archive">
<meta name="DC.language" content="ru">
</head><body></body></html>`

/** A news page describing itself with schema.org JSON-LD (a @graph, as publishing systems write it) and Open Graph. */
export const JSON_LD_PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>Leader arrives in Moscow - World News</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Leader arrives in Moscow">
<meta property="og:site_name" content="World News">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"World News","url":"https://news.example/"},
  {"@type":"NewsArticle","headline":"Leader arrives in Moscow by special train",
   "datePublished":"2019-03-15T08:30:00+00:00",
   "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
   "publisher":{"@type":"Organization","name":"World News Ltd"}}
]}
</script>
</head><body></body></html>`

/** A page with Open Graph only. */
export const OPEN_GRAPH_PAGE = `<!doctype html>
<html><head>
<meta property="og:title" content="Photographs of the 1961 visit">
<meta property="og:site_name" content="Pictures Archive">
<meta property="og:type" content="website">
</head><body></body></html>`
