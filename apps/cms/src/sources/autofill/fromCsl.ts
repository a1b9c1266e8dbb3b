import { kindOfCslType, PUBLISHER_IS_CONTAINER } from '@itinera/contracts/csl'
import { isValidIsbn, normalizeIsbn } from '@itinera/contracts/identifiers'
import type { TProposedSource } from '@itinera/contracts/source-autofill'
import { z } from 'zod'
import { partialDate } from './readDate'

// Only what a source record holds; a registrar's record carries much more (references, licences, funders).
const ZCslTextSchema = z.union([z.string(), z.array(z.string()).transform((values) => values[0])]).optional()
const ZCslNameSchema = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  name: z.string().optional(),
})
const ZCslDateSchema = z
  .object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional() })
  .optional()

export const ZCslItemSchema = z.object({
  type: z.string().optional(),
  title: ZCslTextSchema,
  'container-title': ZCslTextSchema,
  publisher: z.string().optional(),
  author: z.array(ZCslNameSchema).optional(),
  editor: z.array(ZCslNameSchema).optional(),
  issued: ZCslDateSchema,
  'published-print': ZCslDateSchema,
  'published-online': ZCslDateSchema,
  ISBN: z.union([z.string(), z.array(z.string())]).optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  language: z.string().optional(),
})
export type TCslItem = z.infer<typeof ZCslItemSchema>

const nameOf = (name: z.infer<typeof ZCslNameSchema>) =>
  name.literal ?? name.name ?? [name.given, name.family].filter(Boolean).join(' ')

function firstIsbn(value: TCslItem['ISBN']) {
  const candidates = (Array.isArray(value) ? value : (value ?? '').split(/[,;\s]+/)).filter(Boolean)
  const valid = candidates.find(isValidIsbn)
  return valid ? normalizeIsbn(valid) : undefined
}

/** A source record from a CSL-JSON item (what doi.org answers for a DOI). */
export function sourceFromCsl(item: TCslItem, doi: string): TProposedSource {
  const kind = kindOfCslType(item.type) ?? 'journal_article'
  const [year, month, day] =
    (item.issued ?? item['published-print'] ?? item['published-online'])?.['date-parts']?.[0] ?? []
  const people = item.author?.length ? item.author : (item.editor ?? [])
  const outlet = PUBLISHER_IS_CONTAINER.has(kind) ? item['container-title'] : undefined
  return {
    kind,
    title: item.title?.trim() || undefined,
    authors: people
      .map(nameOf)
      .filter(Boolean)
      .map((name) => ({ name })),
    date: partialDate(year, month, day),
    publisher: outlet ?? item.publisher,
    language: item.language,
    url: item.URL,
    identifiers: { doi: item.DOI ?? doi, isbn: firstIsbn(item.ISBN) },
  }
}
