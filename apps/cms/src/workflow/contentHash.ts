import { createHash } from 'node:crypto'
import { relationId } from '@itinera/contracts/relation-id'
import type { PayloadRequest } from 'payload'
import type { TReviewedCollection } from '../slugs'

/*
 * What an approval vouches for, as a fingerprint: the SHA-256 of the approved version's content in
 * a canonical JSON (object keys sorted, arrays in order). Stored in the approve review event, so
 * anyone can recompute it from the version the event names and see that it was not changed since
 * (the database also refuses to change that version: see versionImmutability.ts).
 */

/** Workflow and storage bookkeeping, not content: who edited it, its state, when it was saved. */
const BOOKKEEPING = new Set([
  'updatedAt',
  'createdAt',
  '_status',
  'reviewState',
  'editedBy',
  'approvedAt',
  'qualityIssues',
  // Computed when read (Trips' sourceHealth): never stored, so never hashed.
  'sourceHealth',
])

/** JSON with every object's keys in order, so equal content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * The hash of a version's content (`version` of a version row, relations as ids). Array rows keep
 * their ids: citations name facts by them.
 */
export function contentHash(version: Record<string, unknown>): string {
  const content = Object.fromEntries(Object.entries(version).filter(([key]) => !BOOKKEEPING.has(key)))
  return createHash('sha256').update(canonicalJson(content)).digest('hex')
}

/** Reads a stored version as an approval saw it (relations as ids) and hashes its content. */
export async function versionContentHash(req: PayloadRequest, collection: TReviewedCollection, versionId: string) {
  const version = await req.payload.findVersionByID({ collection, id: versionId, depth: 0, overrideAccess: true, req })
  return contentHash(version.version as unknown as Record<string, unknown>)
}

/** A citation as stored or read (its source populated or not). */
export interface TCitationContent {
  fact: string
  source: number | { id: number } | null | undefined
  locator?: { page?: string | null; folio?: string | null; paragraph?: string | null; footnote?: string | null } | null
  quote?: string | null
  quoteLanguage?: string | null
  translation?: string | null
  note?: string | null
}

const text = (value: string | null | undefined) => value?.trim() || null

/**
 * The hash of what a reviewer checks of a citation against its source: the fact, the source,
 * where in it, the words, their language and translation, the note. Not its row id: a citation
 * copied with its record is the same claim.
 */
export function citationHash(citation: TCitationContent): string {
  const { locator } = citation
  return createHash('sha256')
    .update(
      canonicalJson({
        fact: citation.fact,
        source: relationId(citation.source) ?? null,
        locator: [locator?.page, locator?.folio, locator?.paragraph, locator?.footnote].map(text),
        quote: text(citation.quote),
        quoteLanguage: text(citation.quoteLanguage),
        translation: text(citation.translation),
        note: text(citation.note),
      }),
    )
    .digest('hex')
}
