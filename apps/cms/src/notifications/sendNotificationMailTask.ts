import type { PayloadRequest, TaskConfig } from 'payload'

export const SEND_NOTIFICATION_MAIL_TASK = 'sendNotificationMail'

export interface TNotificationMail {
  to: string
  subject: string
  text: string
}

/** Queues a notification mail in `req`'s transaction (none: at once): it is sent if and only if the change commits. */
export async function queueNotificationMail(req: PayloadRequest, mail: TNotificationMail): Promise<void> {
  // A job's input is jsonb, which refuses an unpaired surrogate ("\ud800" in a comment); the mail
  // carries U+FFFD for it, as the comment's own text column does.
  const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD')
  const input = { to: mail.to, subject: wellFormed(mail.subject), text: wellFormed(mail.text) }
  await req.payload.jobs.queue({ task: SEND_NOTIFICATION_MAIL_TASK, input, req })
}

/** Sends one notification mail; an SMTP server that refuses or is down is tried again, then the job fails (logged). */
export const sendNotificationMailTask: TaskConfig<{ input: TNotificationMail; output: object }> = {
  slug: SEND_NOTIFICATION_MAIL_TASK,
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail(input)
    return { output: {} }
  },
}
