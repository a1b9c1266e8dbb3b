import type { TPublicTrip } from './schemas'

type TCitation = TPublicTrip['citations'][number]

/** A cited source with only what the open-data and reader helpers read, for tests. */
export const fixtureSource = (id: number): TCitation['source'] => ({
  id,
  kind: 'book',
  sourceClass: null,
  title: `Source ${id}`,
  authors: [],
  date: null,
  publisher: null,
  url: null,
  urlStatus: null,
  archiveUrl: null,
  repository: null,
  identifiers: null,
})

/** A citation of `fact` to source `sourceId`, optionally at a page. */
export const fixtureCitation = (id: string, fact: string, sourceId: number, page?: string): TCitation => ({
  id,
  fact,
  source: fixtureSource(sourceId),
  locator: page ? { page, folio: null, paragraph: null, footnote: null } : null,
  quote: null,
  quoteLanguage: null,
  translation: null,
  note: null,
})
