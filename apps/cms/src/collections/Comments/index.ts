import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access/isStaff'
import { COMMENTS, REVIEW_EVENTS, USERS } from '../../slugs'
import { attachToRecord } from './hooks/attachToRecord'
import { notifyMentioned } from './hooks/notifyMentioned'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * The review conversation on a record: staff comments, threaded by `replyTo`, each optionally
 * anchored to one of the record's facts or citations. A comment is part of the record's review
 * history, so it is never changed or deleted. A reviewer's "request changes" comment is one too,
 * written with its review event by the workflow (transitionRecord).
 */
export const Comments: CollectionConfig = {
  slug: COMMENTS,
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['createdAt', 'collection', 'recordTitle', 'authorName', 'body'],
    group: 'Content',
    // Read and written on the record itself (Review panel); the list is for searching.
    hidden: true,
  },
  disableDuplicate: true,
  access: { read: isStaff, create: isStaff, update: never, delete: never },
  hooks: { beforeChange: [attachToRecord], afterChange: [notifyMentioned] },
  fields: [
    { name: 'collection', type: 'select', required: true, options: [...REVIEWED_COLLECTIONS], index: true },
    { name: 'documentId', type: 'number', required: true, index: true },
    {
      name: 'replyTo',
      type: 'relationship',
      relationTo: COMMENTS,
      admin: { description: 'The comment this one answers (same record).' },
    },
    {
      name: 'anchor',
      type: 'text',
      maxLength: 300,
      admin: { description: 'A fact path of the record (stops.<id>.dates) or citation:<citation id>.' },
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: USERS,
      hasMany: true,
      admin: { description: 'Staff told of this comment (their e-mail preferences permitting).' },
    },
    // Written by attachToRecord from the request and the record, never by the caller.
    { name: 'author', type: 'relationship', relationTo: USERS, access: { create: never }, admin: { hidden: true } },
    { name: 'authorName', type: 'text', access: { create: never } },
    { name: 'recordTitle', type: 'text', access: { create: never } },
    { name: 'anchorLabel', type: 'text', access: { create: never } },
    // Set by the workflow only: the review step this comment was made with.
    { name: 'reviewEvent', type: 'relationship', relationTo: REVIEW_EVENTS, access: { create: never } },
  ],
}
