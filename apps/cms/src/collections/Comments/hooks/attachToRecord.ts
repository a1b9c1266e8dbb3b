import { recordTitle, REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { Comment } from '../../../payload-types'
import { COMMENTS } from '../../../slugs'
import { anchorOptions } from '../anchors'

/**
 * A new comment belongs to an existing record (only staff write comments, and staff read every
 * record), in its author's name; a reply answers a comment on the same record; an anchor names a
 * fact or citation the record has, kept in words too (`anchorLabel`) so the thread still reads
 * after the record changes.
 */
export const attachToRecord: CollectionBeforeChangeHook<Comment> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { payload, user } = req
  const collection = data.collection as TReviewedCollection
  // No record named: the fields' own validation answers with what is missing.
  if (!(collection in REVIEWED_RECORD) || typeof data.documentId !== 'number') return data
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
    anchorLabel = anchorOptions(collection, record).find((option) => option.value === data.anchor)?.label ?? null
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
