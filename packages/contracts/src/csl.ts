import type { TSourceKind } from './domain'

/** The CSL item type of each source kind: what exports write, and what a looked-up record maps back from. */
export const CSL_TYPES: Record<TSourceKind, string> = {
  archival_document: 'manuscript',
  book: 'book',
  book_chapter: 'chapter',
  journal_article: 'article-journal',
  working_paper: 'report',
  news_article: 'article-newspaper',
  web_page: 'webpage',
  dataset: 'dataset',
  film_photo: 'graphic',
}

// For these the "publisher" field holds the outlet (newspaper, journal, site), which CSL calls the container.
export const PUBLISHER_IS_CONTAINER: ReadonlySet<TSourceKind> = new Set<TSourceKind>([
  'journal_article',
  'news_article',
  'web_page',
])

// CSL types no kind exports as, read as the kind closest to them.
const NEAREST_KIND: Record<string, TSourceKind> = {
  article: 'journal_article',
  'article-magazine': 'journal_article',
  'paper-conference': 'journal_article',
  review: 'journal_article',
  'review-book': 'journal_article',
  'entry-encyclopedia': 'book_chapter',
  'entry-dictionary': 'book_chapter',
  monograph: 'book',
  thesis: 'working_paper',
  'post-weblog': 'web_page',
  post: 'web_page',
  document: 'archival_document',
  interview: 'archival_document',
  letter: 'archival_document',
  map: 'film_photo',
  motion_picture: 'film_photo',
  broadcast: 'film_photo',
}

const KIND_OF_TYPE = new Map<string, TSourceKind>([
  ...Object.entries(NEAREST_KIND),
  ...Object.entries(CSL_TYPES).map(([kind, type]) => [type, kind as TSourceKind] as const),
])

/** The source kind of a CSL item type, where one is close enough. */
export const kindOfCslType = (type: string | undefined): TSourceKind | undefined =>
  type ? KIND_OF_TYPE.get(type) : undefined
