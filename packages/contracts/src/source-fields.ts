import type { TSourceKind } from './domain'

/** Kinds held by archives: found by repository, collection, call number and record id, not by publisher. */
export const ARCHIVAL_KINDS: ReadonlySet<TSourceKind> = new Set<TSourceKind>(['archival_document', 'film_photo'])

/** Kinds that have an ISBN. */
export const ISBN_KINDS: ReadonlySet<TSourceKind> = new Set<TSourceKind>(['book', 'book_chapter'])

/** Kinds that registrars give DOIs. */
export const DOI_KINDS: ReadonlySet<TSourceKind> = new Set<TSourceKind>([
  'book',
  'book_chapter',
  'journal_article',
  'working_paper',
  'dataset',
])
