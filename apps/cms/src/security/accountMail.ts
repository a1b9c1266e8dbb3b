import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { env } from '../env'

const sender = { defaultFromAddress: env.EMAIL_FROM_ADDRESS, defaultFromName: env.EMAIL_FROM_NAME }

/**
 * Account mails (password reset) over SMTP from SMTP_URL. Without it (the local stack), nodemailer
 * composes each mail without sending it and the CMS log shows it, reset link included: whoever
 * reads that log can reset any password, so a real deployment sets SMTP_URL.
 */
export async function accountMail(): Promise<EmailAdapter> {
  if (env.SMTP_URL) return nodemailerAdapter({ ...sender, transport: createTransport(env.SMTP_URL) })
  const composeOnly = await nodemailerAdapter({
    ...sender,
    skipVerify: true,
    transport: createTransport({ jsonTransport: true }),
  })
  return (args) => {
    const adapter = composeOnly(args)
    return {
      ...adapter,
      sendEmail: async (message) => {
        const sent: unknown = await adapter.sendEmail(message)
        args.payload.logger.info(
          `Account mail not sent (no SMTP_URL) to ${String(message.to)}: ${String(message.subject)}\n${String(message.html ?? message.text)}`,
        )
        return sent
      },
    }
  }
}
