import { relationId } from '@itinera/contracts/relation-id'
import type { PayloadRequest } from 'payload'
import { CITATION_CHECKS, REVIEW_EVENTS, type TReviewedCollection } from '../slugs'
import { citationHash, type TCitationContent } from './contentHash'

/*
 * Each citation a reviewer approves was checked against its source by them. "Changed" means its
 * hash (contentHash.ts `citationHash`) matches no citation of the last approved version; a changed
 * citation needs a check before approval, an unchanged one keeps the check it had (matched by
 * hash), if any. Checks live in their own collection (CitationChecks): a record in review
 * cannot be saved, and approved versions never change.
 */

export type TCitationRow = TCitationContent & { id?: string | null }

/** A check as the admin and the approval's review event show it. */
export interface TCheck {
  checkedBy: number | null
  checkedByName: string
  checkedAt: string
  note: string | null
}

export interface TCitationCheckState {
  citation: string
  fact: string
  hash: string
  /** Not in the last approved version (every citation of a record never approved). */
  changed: boolean
  check: TCheck | null
}

/** The citation hashes of the version the record's latest approval published; empty when never approved. */
async function approvedCitationHashes(req: PayloadRequest, collection: TReviewedCollection, id: number) {
  const { docs } = await req.payload.find({
    collection: REVIEW_EVENTS,
    where: { collection: { equals: collection }, documentId: { equals: id }, action: { equals: 'approve' } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const versionId = docs[0]?.versionId
  if (!versionId) return new Set<string>()
  const version = await req.payload.findVersionByID({ collection, id: versionId, depth: 0, req, overrideAccess: true })
  const citations = (version.version as { citations?: TCitationRow[] | null }).citations ?? []
  return new Set(citations.map(citationHash))
}

/** The checks of a record's citations, by citation hash (the latest one of each). */
export async function checksByHash(
  req: PayloadRequest,
  collection: TReviewedCollection,
  id: number,
  hashes: string[],
): Promise<Map<string, TCheck & { id: number }>> {
  if (!hashes.length) return new Map()
  const { docs } = await req.payload.find({
    collection: CITATION_CHECKS,
    where: {
      collection: { equals: collection },
      recordId: { equals: id },
      citationHash: { in: hashes },
    },
    sort: 'checkedAt',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return new Map(
    docs.map((doc) => [
      doc.citationHash,
      {
        id: doc.id,
        checkedBy: relationId(doc.checkedBy),
        checkedByName: doc.checkedByName,
        checkedAt: doc.checkedAt,
        note: doc.note ?? null,
      },
    ]),
  )
}

/** Each citation of `doc` (a record's latest version), whether it changed since the last approval, and its check. */
export async function citationCheckStates(
  req: PayloadRequest,
  collection: TReviewedCollection,
  doc: { id: number; citations?: TCitationRow[] | null },
): Promise<TCitationCheckState[]> {
  const citations = doc.citations ?? []
  if (!citations.length) return []
  const hashes = citations.map(citationHash)
  const [approved, checks] = await Promise.all([
    approvedCitationHashes(req, collection, doc.id),
    checksByHash(req, collection, doc.id, hashes),
  ])
  return citations.map((citation, index) => {
    const hash = hashes[index]!
    const check = checks.get(hash)
    return {
      citation: citation.id ?? '',
      fact: citation.fact,
      hash,
      changed: !approved.has(hash),
      check: check
        ? {
            checkedBy: check.checkedBy,
            checkedByName: check.checkedByName,
            checkedAt: check.checkedAt,
            note: check.note,
          }
        : null,
    }
  })
}

/** The approval blocker, or nothing: changed citations nobody has checked against their source yet. */
export function uncheckedBlocker(states: TCitationCheckState[]): string | null {
  const unchecked = states.filter((state) => state.changed && !state.check).length
  if (!unchecked) return null
  return `${unchecked} changed ${unchecked === 1 ? 'citation' : 'citations'} not yet checked against ${unchecked === 1 ? 'its source' : 'their sources'}`
}

/** What the approval's review event records: each citation checked, by whom, when, with the note. */
export const checksForEvent = (states: TCitationCheckState[]) =>
  states
    .filter((state) => state.check)
    .map(({ citation, fact, changed, check }) => ({ citation, fact, checkedInThisReview: changed, ...check! }))
