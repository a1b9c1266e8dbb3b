import { REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import type { Payload, PayloadRequest } from 'payload'
import { NOTIFICATIONS, USERS } from '../slugs'
import type { TNotificationKind } from './kinds'
import { queueNotificationMail } from './sendNotificationMailTask'

export interface TNotice {
  kind: TNotificationKind
  collection: TReviewedCollection
  documentId: number
  recordTitle: string
  /** Who did it, by name. */
  actorName: string
  /** The comment made with it, if any. */
  comment?: string | null
}

const SUBJECTS: Record<TNotificationKind, string> = {
  submitted: 'Submitted for your review',
  changes_requested: 'Changes requested',
  approved: 'Approved and published',
  mentioned: 'You were mentioned',
}

const NEXT_STEPS: Record<TNotificationKind, string> = {
  submitted: 'Open it, compare it with the published version, then approve it or request changes.',
  changes_requested: 'Make the changes, save, then submit it for review again.',
  approved: 'Nothing to do: it is public now.',
  mentioned: 'Open it to read the conversation and reply.',
}

/** The e-mail for a notice, in words, with the link to the record in the admin. */
export function noticeMail(notice: TNotice, adminUrl: string) {
  const { noun } = REVIEWED_RECORD[notice.collection]
  const link = `${adminUrl}/collections/${notice.collection}/${notice.documentId}`
  const subject = `${SUBJECTS[notice.kind]}: ${noun} "${notice.recordTitle}"`
  const text = [
    `${notice.actorName} — ${SUBJECTS[notice.kind].toLowerCase()}: ${noun} "${notice.recordTitle}".`,
    ...(notice.comment ? ['', 'Comment:', notice.comment] : []),
    '',
    `Next step: ${NEXT_STEPS[notice.kind]}`,
    link,
  ].join('\n')
  return { subject, text }
}

/**
 * Tells each recipient (never the actor themself) of a notice, in the transaction of the change it
 * reports: an unread notification in the admin always, an e-mail unless they turned that kind off,
 * sent by a job once the change commits. A mail that cannot be sent is retried, then logged; the
 * step or comment it reports stands.
 */
export async function notify(
  payload: Payload,
  {
    recipients,
    actorId,
    notice,
    req,
  }: { recipients: number[]; actorId: number | null; notice: TNotice; req: PayloadRequest },
) {
  const ids = [...new Set(recipients)].filter((id) => id !== actorId)
  if (!ids.length) return
  const { docs: users } = await payload.find({
    collection: USERS,
    where: { id: { in: ids } },
    select: { email: true, mutedNotifications: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const mail = noticeMail(notice, `${payload.config.serverURL}${payload.config.routes.admin}`)
  for (const user of users) {
    await payload.create({
      collection: NOTIFICATIONS,
      data: {
        recipient: user.id,
        kind: notice.kind,
        collection: notice.collection,
        documentId: notice.documentId,
        recordTitle: notice.recordTitle,
        actorName: notice.actorName,
        excerpt: notice.comment?.slice(0, 500) ?? null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if ((user.mutedNotifications ?? []).includes(notice.kind)) continue
    await queueNotificationMail(req, { to: user.email, ...mail })
  }
}
