import type { TProposedSource } from '@itinera/contracts/source-autofill'
import { z } from 'zod'
import { readDate } from './readDate'

const ZNamedSchema = z.object({ name: z.string() })

/** One edition in Open Library's Books API answer (`/api/books?jscmd=data`): the fields a source holds. */
export const ZOpenLibraryEditionSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  authors: z.array(ZNamedSchema).optional(),
  publishers: z.array(ZNamedSchema).optional(),
  publish_date: z.string().optional(),
  url: z.string().optional(),
})
export type TOpenLibraryEdition = z.infer<typeof ZOpenLibraryEditionSchema>

/** A book record from an Open Library edition. */
export function sourceFromOpenLibrary(edition: TOpenLibraryEdition, isbn: string): TProposedSource {
  return {
    kind: 'book',
    title: [edition.title, edition.subtitle].filter(Boolean).join(': '),
    authors: (edition.authors ?? []).map(({ name }) => ({ name })),
    date: readDate(edition.publish_date),
    publisher: edition.publishers?.map(({ name }) => name).join('; ') || undefined,
    identifiers: { isbn },
  }
}
