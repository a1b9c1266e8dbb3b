import { z } from 'zod'
import { ZSourceKindSchema } from './domain'
import { isValidDoi, isValidIsbn, isWebUrl, normalizeIsbn } from './identifiers'
import { ZPartialDateSchema } from './partial-date'

/** What an editor may type to fill a source: a DOI, an ISBN or a web address. */
export type TSourceIdentifier =
  { type: 'doi'; doi: string } | { type: 'isbn'; isbn: string } | { type: 'url'; url: string }

// "doi:10.…" and resolver links ("https://doi.org/10.…") name a DOI as surely as the bare "10.…".
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i
const ISBN_PREFIX = /^isbn(?:-1[03])?:?\s*/i
const LOOKS_LIKE_ISBN = /^[\d\s-]{9,}[\dXx]$/

/** The identifier an editor typed, or a message saying why it is none. */
export function parseSourceIdentifier(input: string): TSourceIdentifier | { problem: string } {
  const value = input.trim()
  const doi = value.replace(DOI_PREFIX, '')
  if (doi !== value || doi.startsWith('10.')) {
    const decoded = safeDecode(doi)
    return isValidDoi(decoded) ? { type: 'doi', doi: decoded } : { problem: 'A DOI looks like 10.1234/…' }
  }
  const isbn = value.replace(ISBN_PREFIX, '')
  if (isbn !== value || LOOKS_LIKE_ISBN.test(isbn)) {
    return isValidIsbn(isbn)
      ? { type: 'isbn', isbn: normalizeIsbn(isbn) }
      : { problem: 'Not a valid ISBN-10 or ISBN-13 (check digit)' }
  }
  if (isWebUrl(value)) return { type: 'url', url: value }
  return { problem: 'Type a DOI (10.…), an ISBN or a web address (https://…)' }
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** POST /api/sources/autofill: the identifier to look up. */
export const ZSourceAutofillRequestSchema = z.object({
  identifier: z
    .string({ error: 'Type a DOI, an ISBN or a web address' })
    .max(2000, 'At most 2,000 characters')
    .superRefine((value, ctx) => {
      const parsed = parseSourceIdentifier(value)
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem })
    }),
})
export type TSourceAutofillRequest = z.infer<typeof ZSourceAutofillRequestSchema>

const ZIsoDaySchema = z.iso.date()

/**
 * A source record as a lookup proposes it, in the sources collection's own field names: the
 * editor reviews it in the form and saves it as a draft like any other.
 */
export const ZProposedSourceSchema = z.object({
  kind: ZSourceKindSchema,
  title: z.string().optional(),
  authors: z.array(z.object({ name: z.string() })),
  date: ZPartialDateSchema.optional(),
  publisher: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
  archiveUrl: z.string().optional(),
  archiveDate: ZIsoDaySchema.optional(),
  accessDate: ZIsoDaySchema.optional(),
  identifiers: z.object({ isbn: z.string().optional(), doi: z.string().optional() }),
})
export type TProposedSource = z.infer<typeof ZProposedSourceSchema>

/** The answer: the proposal, and where it came from (shown to the editor). */
export const ZSourceAutofillResponseSchema = z.object({
  source: ZProposedSourceSchema,
  foundBy: z.enum(['doi', 'isbn', 'url', 'archive']),
  from: z.string(),
})
export type TSourceAutofillResponse = z.infer<typeof ZSourceAutofillResponseSchema>
