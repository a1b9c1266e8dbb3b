import { isValidDoi, isValidIsbn, normalizeIsbn } from '@itinera/contracts/identifiers'
import type { TSourceKind } from '@itinera/contracts/domain'
import type { TProposedSource } from '@itinera/contracts/source-autofill'
import { loadFromString } from 'html-metadata'
import { readDate } from './readDate'
import { readName } from './readName'

type TTags = Record<string, unknown>

/** The metadata a page carries about itself, as html-metadata reads it. */
export interface TPageMetadata {
  highwirePress?: TTags
  dublinCore?: TTags
  jsonLd?: unknown
  openGraph?: TTags
  general?: TTags
}

/** All the metadata of an HTML page; none at all is an empty record, not an error. */
export const readPageMetadata = (html: string): Promise<TPageMetadata> => loadFromString(html).catch(() => ({}))

const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((entry) => {
    if (typeof entry === 'string') return entry.trim() ? [entry.trim()] : []
    if (entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string') {
      return texts((entry as { name: string }).name)
    }
    return []
  })
const first = (...values: unknown[]) => values.map(texts).find((found) => found.length > 0)?.[0]

// schema.org types that say what a page is; the first found describes it.
const JSON_LD_KINDS: Record<string, TSourceKind> = {
  NewsArticle: 'news_article',
  ReportageNewsArticle: 'news_article',
  AnalysisNewsArticle: 'news_article',
  ScholarlyArticle: 'journal_article',
  Book: 'book',
  Chapter: 'book_chapter',
  Dataset: 'dataset',
  Report: 'working_paper',
  Article: 'web_page',
  BlogPosting: 'web_page',
  WebPage: 'web_page',
  ArchiveComponent: 'archival_document',
  Photograph: 'film_photo',
  Movie: 'film_photo',
}

/** The JSON-LD node that describes the page: its scripts may hold lists and @graph. */
function describingNode(jsonLd: unknown): TTags | undefined {
  const nodes: TTags[] = []
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      nodes.push(value as TTags)
      collect((value as TTags)['@graph'])
    }
  }
  collect(jsonLd)
  const types = (node: TTags) => texts(node['@type'])
  return nodes.find((node) => types(node).some((type) => type in JSON_LD_KINDS))
}

function kindOf(highwire: TTags, node: TTags | undefined): TSourceKind {
  if (highwire.journal_title) return 'journal_article'
  if (highwire.book_title) return 'book_chapter'
  if (highwire.dissertation_institution || highwire.technical_report_institution) return 'working_paper'
  const type = node ? texts(node['@type']).find((candidate) => candidate in JSON_LD_KINDS) : undefined
  return type ? JSON_LD_KINDS[type]! : 'web_page'
}

/**
 * A source record from a page's own metadata: Highwire Press `citation_*` tags first (what
 * scholarly sites write for reference managers), then Dublin Core, schema.org JSON-LD, Open Graph,
 * and the page's title and language last.
 */
export function sourceFromPageMetadata(metadata: TPageMetadata, pageUrl: string): TProposedSource {
  const highwire = metadata.highwirePress ?? {}
  const dublinCore = metadata.dublinCore ?? {}
  const openGraph = metadata.openGraph ?? {}
  const general = metadata.general ?? {}
  const node = describingNode(metadata.jsonLd)
  const ld = node ?? {}
  const kind = kindOf(highwire, node)
  const authorsFrom = [highwire.author, dublinCore.creator, ld.author, general.author]
    .map(texts)
    .find((found) => found.length > 0)
  const doi = [highwire.doi, ...texts(dublinCore.identifier)]
    .flatMap(texts)
    .map((value) => value.replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, ''))
    .find(isValidDoi)
  const isbn = texts(highwire.isbn).find(isValidIsbn)
  return {
    kind,
    title: first(highwire.title, dublinCore.title, ld.headline, ld.name, openGraph.title, general.title),
    authors: (authorsFrom ?? []).map((name) => ({ name: readName(name) })),
    date: readDate(
      first(
        highwire.publication_date,
        highwire.date,
        highwire.online_date,
        dublinCore.issued,
        dublinCore.date,
        ld.datePublished,
        openGraph.published_time,
      ),
    ),
    publisher: first(
      highwire.journal_title,
      highwire.publisher,
      dublinCore.publisher,
      ld.publisher,
      openGraph.site_name,
    ),
    language: first(highwire.language, dublinCore.language, ld.inLanguage, general.lang),
    url: pageUrl,
    identifiers: { doi, isbn: isbn ? normalizeIsbn(isbn) : undefined },
  }
}
