import { recordTitle, REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { citableFacts } from '@itinera/contracts/reference-facts'
import { relationId } from '@itinera/contracts/relation-id'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { Comment } from '../../../payload-types'
import { COMMENTS } from '../../../slugs'

/** How an anchor names a citation rather than a fact. */
export const CITATION_ANCHOR = 'citation:'

type TCitation = { id?: string | null; fact?: string | null }

/**
 * A new comment (only staff may write one, and staff read every record) belongs to an existing record, in the author's name; a reply
 * to a comment on the same record; an anchor to a fact or citation the record has, kept in words
 * too (`anchorLabel`) so the thread still reads after the record changes.
 */
export const attachToRecord: CollectionBeforeChangeHook<Comment> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { payload, user } = req
  const collection = data.collection as TReviewedCollection
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: COMMENTS, errors: [{ path, message }] }, req.t)
  }
  const record = await payload
    .findByID({ collection, id: data.documentId!, draft: true, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!record) return fail('documentId', `There is no ${REVIEWED_RECORD[collection].noun} ${data.documentId}.`)

  const replyTo = relationId(data.replyTo)
  if (replyTo != null) {
    const parent = await payload
      .findByID({ collection: COMMENTS, id: replyTo, depth: 0, req, overrideAccess: true })
      .catch(() => null)
    if (!parent || parent.collection !== collection || parent.documentId !== data.documentId)
      return fail('replyTo', 'A reply answers a comment on the same record.')
  }

  let anchorLabel: string | null = null
  if (data.anchor) {
    anchorLabel = anchorWords(collection, record, data.anchor)
    if (!anchorLabel) return fail('anchor', `This ${REVIEWED_RECORD[collection].noun} has no such fact or citation.`)
  }
  return {
    ...data,
    author: user?.id as number | undefined,
    authorName: (user as { name?: string } | null)?.name ?? null,
    recordTitle: recordTitle(collection, record),
    anchorLabel,
  }
}

/** The anchor in words ("Stop 1: dates", "Citation of Stop 1: dates"), or null when the record has no such fact or citation. */
function anchorWords(collection: TReviewedCollection, record: object, anchor: string): string | null {
  const facts = citableFacts(collection, record)
  const factLabel = (path: string | null | undefined) => facts.find((fact) => fact.path === path)?.label
  if (!anchor.startsWith(CITATION_ANCHOR)) return factLabel(anchor) ?? null
  const citationId = anchor.slice(CITATION_ANCHOR.length)
  const citations = ((record as { citations?: TCitation[] | null }).citations ?? []) as TCitation[]
  const index = citations.findIndex((citation) => citation.id === citationId)
  if (index < 0) return null
  const fact = factLabel(citations[index]!.fact)
  return `Citation ${index + 1}${fact ? ` (${fact})` : ''}`
}
