/** What a person can be told about, each with the words of the e-mail preference. */
export const NOTIFICATION_KINDS = ['submitted', 'changes_requested', 'approved', 'mentioned'] as const
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NOTIFICATION_LABELS: Record<TNotificationKind, string> = {
  submitted: 'A record is submitted for my review',
  changes_requested: 'Changes are requested on a record I edited',
  approved: 'A record I edited is approved',
  mentioned: 'Someone mentions me in a comment',
}
