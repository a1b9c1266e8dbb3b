import type { TReviewedCollection } from '@itinera/contracts/domain'
import { citableFacts } from '@itinera/contracts/reference-facts'

/** How an anchor names a citation rather than a fact. */
export const CITATION_ANCHOR = 'citation:'

type TCitation = { id?: string | null; fact?: string | null }

/**
 * What a comment on this record may be anchored to, in words: each fact ("Stop 1: dates", its
 * fact path) and each citation ("Citation 2 (Stop 1: dates)", `citation:<row id>`). The server
 * checks an anchor against it; the admin offers it.
 */
export function anchorOptions(collection: TReviewedCollection, record: object): { value: string; label: string }[] {
  const facts = citableFacts(collection, record)
  const citations = ((record as { citations?: TCitation[] | null }).citations ?? []) as TCitation[]
  return [
    ...facts.map((fact) => ({ value: fact.path, label: fact.label })),
    ...citations.flatMap((citation, index) => {
      if (!citation.id) return []
      const fact = facts.find((candidate) => candidate.path === citation.fact)?.label
      return [{ value: `${CITATION_ANCHOR}${citation.id}`, label: `Citation ${index + 1}${fact ? ` (${fact})` : ''}` }]
    }),
  ]
}
