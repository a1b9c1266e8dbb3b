import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'
import type { TPublicSource, TPublicSourceRef } from '@itinera/contracts'
import { CSL_TYPES, PUBLISHER_IS_CONTAINER } from '@itinera/contracts/csl'
// Archival kinds' call number is a place in the archive, not a library shelfmark.
import { ARCHIVAL_KINDS } from '@itinera/contracts/source-fields'

/**
 * A source as reference managers and scholarly crawlers read it: CSL-JSON built here, every
 * other format rendered from it by citation-js, so BibTeX, RIS and the reference line agree.
 */

export type TCslName =
  { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string }

export type TCslDate = { 'date-parts': [[number] | [number, number] | [number, number, number]]; circa?: boolean }

export type TCslItem = {
  id: string
  type: string
  title: string
  author?: TCslName[]
  translator?: TCslName[]
  issued?: TCslDate
  accessed?: TCslDate
  publisher?: string
  'container-title'?: string
  'collection-title'?: string
  volume?: string
  issue?: string
  page?: string
  'publisher-place'?: string
  archive?: string
  archive_collection?: string
  archive_location?: string
  'call-number'?: string
  ISBN?: string
  DOI?: string
  URL?: string
  language?: string
  note?: string
  /** CSL-JSON's place for data no CSL variable holds: the source's page on this site. */
  custom?: { itineraPage: string }
}

/** A source on its own page, or as a trip's citation carries it (without language, translator, dates of access). */
export type TCitableSource = TPublicSourceRef & Partial<Omit<TPublicSource, keyof TPublicSourceRef>>

export type TExportFormat = 'bibtex' | 'ris' | 'csl-json'

export type TMetaTag = { name: string; content: string }

export type TCitationOptions = { pageUrl: string }

// Bare media types: the bodies are UTF-8 (titles in Korean, Russian), so a response adds "; charset=utf-8".
const EXPORTS: Record<TExportFormat, { contentType: string; extension: string }> = {
  bibtex: { contentType: 'application/x-bibtex', extension: 'bib' },
  ris: { contentType: 'application/x-research-info-systems', extension: 'ris' },
  'csl-json': { contentType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
}

// Without forceType citation-js guesses the input's type, and would fetch a string it took for a URL.
// Its declarations require every input option: the others are its defaults, but the graph it need not keep.
const CSL_INPUT = {
  forceType: '@csl/list+object',
  target: '@csl/list+object',
  generateGraph: false,
  strict: true,
  maxChainLength: 10,
}

/* ---------------------------------------------------------------------------------------------
 * Names. Authors are stored as one string ("First Last", or an institution). A name is split into
 * family and given only when the split is safe; otherwise it stays a literal, printed as written.
 * ------------------------------------------------------------------------------------------- */

// Lower-case particles that sort with the family name (CSL's non-dropping particle).
const PARTICLES = new Set('van von der den de del della des di da du la le ter ten dos das do zu'.split(' '))

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i

// Korean, Chinese and Vietnamese names are often romanized family name first ("Kim Il Sung",
// "Mao Zedong", "Ho Chi Minh"): when the first word is a common surname the order is unknown.
const EAST_ASIAN_SURNAMES = new Set(
  (
    'kim gim lee yi rhee ri park pak bak choi choe jung jeong chung chong kang cho jo yoon yun jang chang lim rim ' +
    'han oh seo suh shin sin kwon hwang ahn song yoo ryu hong jeon chon ko moon mun yang son bae pae baek paek heo ' +
    'hur nam noh roh kwak cha joo woo min jin chae byun pyon hyon hyun ' +
    'wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang feng deng ' +
    'cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su ding ren lu yao shen zhong cui tan fan ' +
    'liao shi jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu kong teng ' +
    'chiang chou hsu wong chan cheung leung ng lam ho kuo ' +
    'nguyen tran le pham hoang vo phan dang bui ngo duong ly'
  ).split(' '),
)

// Words that mark an organization rather than a person ("Wilson Center", "Korean Central News Agency").
const INSTITUTION_WORDS = (
  'center centre archive archives institute institution university college school ministry agency press ' +
  'committee party council foundation library museum office department government bureau association society ' +
  'service news commission corporation company inc ltd llc group academy embassy consulate republic kingdom ' +
  'state national international union league federation army navy command project programme program network ' +
  'radio television broadcasting times post herald daily journal review media publishing publishers board ' +
  'court congress parliament assembly senate organization organisation secretariat directorate division staff ' +
  'of the and for on'
).split(' ')
const INSTITUTION = new RegExp(`\\b(${INSTITUTION_WORDS.join('|')})\\b|&`, 'i')

const literal = (name: string): TCslName => ({ literal: name })

/** A stored name as a CSL name: family/given when the split is safe, a literal otherwise. */
export function toCslName(raw: string): TCslName | null {
  const name = raw.replace(/\s+/g, ' ').trim()
  if (!name) return null
  // Non-Latin scripts (Hangul, Han, Cyrillic) have their own name order; digits, brackets and
  // all-caps acronyms are organizations or annotated names.
  if (/[^\p{Script=Latin}\p{M}\s.,'’-]/u.test(name) || INSTITUTION.test(name) || /\b\p{Lu}{2,}\b/u.test(name)) {
    return literal(name)
  }

  // "Family, Given" as written, the order then being known.
  const commaParts = name.split(',').map((part) => part.trim())
  if (commaParts.length > 1) {
    const [family, given, suffix, ...rest] = commaParts
    if (rest.length || !family || !given) return literal(name)
    if (SUFFIX.test(given) && !suffix) return splitSpaced(family, given) ?? literal(name)
    if (suffix && !SUFFIX.test(suffix)) return literal(name)
    return { family, given, ...(suffix ? { suffix } : {}) }
  }
  return splitSpaced(name) ?? literal(name)
}

/** "First [Middle] [particle] Last [Jr.]", or null when the family name can't be told. */
function splitSpaced(name: string, knownSuffix?: string): TCslName | null {
  const words = name.split(' ')
  let suffix = knownSuffix
  if (!suffix && words.length > 2 && SUFFIX.test(words.at(-1) ?? '')) suffix = words.pop()
  const [first, ...others] = words
  if (!first || !others.length || words.length > 4) return null
  if (EAST_ASIAN_SURNAMES.has(first.toLowerCase())) return null

  // Middle words after the given name: lower-case particles ("van der"), else unsure.
  const particle: string[] = []
  for (const word of others.slice(0, -1)) {
    const lower = word.toLowerCase()
    if (PARTICLES.has(lower) && word === lower) particle.push(word)
    // "Dick Van Dyke": a capitalized particle may belong to the family name or not.
    else if (PARTICLES.has(lower) || particle.length || word === lower) return null
  }
  const family = others.at(-1) ?? ''
  // "al-Assad", "d'Estaing": a lower-case start is a particle glued to the name.
  if (family[0] === family[0]?.toLowerCase()) return null
  const given = [first, ...others.slice(0, -1).filter((word) => !particle.includes(word))].join(' ')
  return {
    family,
    given,
    ...(particle.length ? { 'non-dropping-particle': particle.join(' ') } : {}),
    ...(suffix ? { suffix } : {}),
  }
}

/** Several translators in one field, "A and B" or "A; B", when each part is clearly a person. */
function toCslNames(field: string): TCslName[] {
  const parts = field.split(/\s*;\s*|\s+and\s+/).filter(Boolean)
  const names = parts.map(toCslName)
  if (parts.length > 1 && names.every((name) => name && 'family' in name)) return names as TCslName[]
  const whole = toCslName(field)
  return whole ? [whole] : []
}

/** How a name reads in a citation_author tag: "Family, Given" when known, else as written. */
function metaName(raw: string): string {
  const name = toCslName(raw)
  if (!name || 'literal' in name) return raw.trim()
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  return [family, name.given, name.suffix].filter(Boolean).join(', ')
}

/* ---------------------------------------------------------------------------------------------
 * Fields.
 * ------------------------------------------------------------------------------------------- */

const blank = (value: string | null | undefined): value is null | undefined => !value?.trim()

/** Only the precision the source gives: a month-precise date is [[1964, 11]], never [[1964, 11, 1]]. */
function toCslDate(date: TPublicSource['date']): TCslDate | undefined {
  if (!date) return undefined
  const parts: TCslDate['date-parts'][0] =
    date.month == null ? [date.year] : date.day == null ? [date.year, date.month] : [date.year, date.month, date.day]
  return { 'date-parts': [parts], ...(date.circa ? { circa: true } : {}) }
}

/** An ISO date or timestamp as a day; the date part as stored, so no time zone shifts it. */
function isoToCslDate(iso: string | null | undefined): TCslDate | undefined {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (!match) return undefined
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] }
}

const isLive = (source: Pick<TPublicSource, 'urlStatus'>) => source.urlStatus == null || source.urlStatus === 'live'

/**
 * The address to cite: the live URL; the archived copy once the URL is dead; never a URL that
 * now shows something else (unfit) or belongs to someone else (usurped).
 */
export function citableUrl(source: Pick<TPublicSource, 'url' | 'urlStatus' | 'archiveUrl'>): string | null {
  const url = blank(source.url) ? null : source.url.trim()
  const archiveUrl = blank(source.archiveUrl) ? null : source.archiveUrl.trim()
  if (isLive(source)) return url ?? archiveUrl
  if (source.urlStatus === 'dead') return archiveUrl ?? url
  return archiveUrl
}

/** The source as one CSL-JSON item, the data every other format here is made from. */
export function toCslJson(source: TCitableSource, { pageUrl }: TCitationOptions): TCslItem {
  const item: TCslItem = {
    id: `itinera-source-${source.id}`,
    type: CSL_TYPES[source.kind],
    title: source.title.trim(),
  }
  const authors = source.authors.map((author) => toCslName(author.name)).filter((name) => name !== null)
  if (authors.length) item.author = authors
  if (!blank(source.translator)) {
    const translators = toCslNames(source.translator)
    if (translators.length) item.translator = translators
  }
  const issued = toCslDate(source.date)
  if (issued) item.issued = issued

  if (!blank(source.publisher)) {
    if (PUBLISHER_IS_CONTAINER.has(source.kind)) item['container-title'] = source.publisher.trim()
    else item.publisher = source.publisher.trim()
  }

  // Where a chapter or excerpt appeared; a journal or newspaper is its publisher field (above).
  if (!blank(source.publishedIn)) item['container-title'] = source.publishedIn.trim()
  if (!blank(source.series)) item['collection-title'] = source.series.trim()
  if (!blank(source.volume)) item.volume = source.volume.trim()
  if (!blank(source.issue)) item.issue = source.issue.trim()
  if (!blank(source.pages)) item.page = source.pages.trim()
  if (!blank(source.place)) item['publisher-place'] = source.place.trim()

  const archival = ARCHIVAL_KINDS.has(source.kind) || !blank(source.repository)
  if (!blank(source.repository)) item.archive = source.repository.trim()
  if (!blank(source.archiveCollection)) item.archive_collection = source.archiveCollection.trim()
  const callNumber = source.identifiers?.callNumber
  if (!blank(callNumber)) {
    // Styles print archive_location; RIS and Zotero read call-number: an archive's reference is both.
    if (archival) item.archive_location = callNumber.trim()
    item['call-number'] = callNumber.trim()
  }

  const isbn = source.identifiers?.isbn
  if (!blank(isbn)) item.ISBN = isbn.trim()
  const doi = source.identifiers?.doi
  if (!blank(doi)) item.DOI = doi.trim()

  const url = citableUrl(source)
  if (url) item.URL = url
  const accessed = isoToCslDate(source.accessDate)
  if (accessed && url) item.accessed = accessed
  if (!blank(source.language)) item.language = source.language.trim()
  if (!blank(pageUrl)) item.custom = { itineraPage: pageUrl }
  return item
}

/**
 * BibTeX has no archive, translator or collection fields, and its styles print none of them: an
 * archival record would export without the reference needed to find it, so those go in `note`.
 */
function forBibtex(item: TCslItem): TCslItem {
  const where = [item.archive_collection, item.archive_location, item.archive].filter(Boolean).join(', ')
  const translatedBy = item.translator?.map((name) =>
    'literal' in name
      ? name.literal
      : [name.given, name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' '),
  )
  const translation = translatedBy?.length ? `Translated by ${translatedBy.join(' and ')}` : ''
  const note = [where, translation].filter(Boolean).join('. ')
  return note ? { ...item, note } : item
}

/**
 * RIS records as text. citation-js's own text output wraps values at 70 characters, which
 * breaks URLs and titles in the readers that don't rejoin lines, so its records are joined here:
 * one line per value, CRLF as the RIS specification has it.
 */
function risText(records: Record<string, unknown>[]): string {
  const line = (tag: string, value: unknown) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`
  return records
    .map(({ TY, ...tags }) =>
      [
        line('TY', TY),
        ...Object.entries(tags).flatMap(([tag, values]) =>
          [values]
            .flat()
            .filter((value) => value != null && String(value).trim() !== '')
            .map((value) => line(tag, value)),
        ),
        'ER  - ',
      ].join('\r\n'),
    )
    .join('\r\n')
}

/** The source as a downloadable file for a reference manager. */
export function exportSource(
  source: TCitableSource,
  format: TExportFormat,
  options: TCitationOptions,
): { body: string; contentType: string; extension: string } {
  const item = toCslJson(source, options)
  let body: string
  if (format === 'bibtex') body = new Cite([forBibtex(item)], CSL_INPUT).format('bibtex', { format: 'text' })
  else if (format === 'ris') body = risText(new Cite([item], CSL_INPUT).format('ris', { format: 'object' }))
  else body = new Cite([item], CSL_INPUT).format('data', { format: 'text' })
  // One final line break; not trim(), which would cut the space RIS requires after "ER  -".
  const eol = format === 'ris' ? '\r\n' : '\n'
  return { body: `${body.replace(/[\r\n]+$/, '')}${eol}`, ...EXPORTS[format] }
}

/* ---------------------------------------------------------------------------------------------
 * Page meta tags: Highwire Press tags, read by Google Scholar and Zotero's page translator.
 * ------------------------------------------------------------------------------------------- */

const pad = (value: number) => String(value).padStart(2, '0')

/** Google Scholar takes a full "YYYY/MM/DD" or the year alone; a month without a day is neither. */
function metaDate(date: TPublicSource['date']): string | null {
  if (!date) return null
  if (date.month != null && date.day != null) return `${date.year}/${pad(date.month)}/${pad(date.day)}`
  return String(date.year)
}

const isPdf = (url: string) => {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf')
  } catch {
    return false
  }
}

/** Highwire `citation_*` tags for the source's page, in the order crawlers expect them. */
export function citationMetaTags(source: TCitableSource, { pageUrl }: TCitationOptions): TMetaTag[] {
  const tags: TMetaTag[] = []
  const add = (name: string, content: string | null | undefined) => {
    if (!blank(content)) tags.push({ name, content: content.trim() })
  }

  add('citation_title', source.title)
  for (const author of source.authors) add('citation_author', metaName(author.name))
  add('citation_publication_date', metaDate(source.date))
  // The outlet field names the journal for an article and the institution for a working paper;
  // these tags also tell Zotero the item type.
  if (source.kind === 'journal_article') add('citation_journal_title', source.publisher)
  else if (source.kind === 'working_paper') add('citation_technical_report_institution', source.publisher)
  else add('citation_publisher', source.publisher)
  add('citation_isbn', source.identifiers?.isbn)
  add('citation_doi', source.identifiers?.doi)
  add('citation_language', source.language)
  add('citation_abstract_html_url', pageUrl)
  // Zotero takes citation_public_url as the item's URL: the source's own address, not this page.
  add('citation_public_url', citableUrl(source))
  const url = source.url?.trim()
  if (url && isLive(source) && isPdf(url)) add('citation_pdf_url', url)
  return tags
}

/* ---------------------------------------------------------------------------------------------
 * The reference line.
 * ------------------------------------------------------------------------------------------- */

/** A plain-text APA reference (the style citation-js bundles) for source pages and reference lists. */
export function formatCitation(source: TCitableSource): string {
  try {
    const item = toCslJson(source, { pageUrl: '' })
    const text = new Cite([item], CSL_INPUT).format('bibliography', { format: 'text', style: 'apa', lang: 'en-US' })
    return text.replace(/\s+/g, ' ').trim() || source.title
  } catch {
    // A reference list must render even if one record trips the formatter.
    return source.title
  }
}
