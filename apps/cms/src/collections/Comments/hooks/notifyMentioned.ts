import { relationId } from '@itinera/contracts/relation-id'
import type { CollectionAfterChangeHook } from 'payload'
import { notify } from '../../../notifications/notify'
import type { Comment } from '../../../payload-types'

/** Tells the staff a new comment mentions. */
export const notifyMentioned: CollectionAfterChangeHook<Comment> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.mentions?.length) return doc
  await notify(req.payload, {
    recipients: doc.mentions.map(relationId).filter((id): id is number => id != null),
    actorId: relationId(doc.author) ?? null,
    notice: {
      kind: 'mentioned',
      collection: doc.collection,
      documentId: doc.documentId,
      recordTitle: doc.recordTitle ?? '',
      actorName: doc.authorName ?? 'Someone',
      comment: doc.body,
    },
    req,
  })
  return doc
}
