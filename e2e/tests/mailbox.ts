import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { SMTP_PORT } from '../playwright.config'

/** The addresses a mail was sent to. */
export const recipientsOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map(({ address }) => address))

/**
 * A real SMTP server on the port the CMS sends to (SMTP_URL in playwright.config.ts), for a test
 * to read the mail the CMS sends. `mailMatching` resolves with the first mail, received before or
 * after the call, that the predicate accepts.
 */
export async function openMailbox(port = SMTP_PORT) {
  const received: ParsedMail[] = []
  const waiting: { accepts: (mail: ParsedMail) => boolean; resolve: (mail: ParsedMail) => void }[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        for (const waiter of waiting.filter(({ accepts }) => accepts(mail))) {
          waiting.splice(waiting.indexOf(waiter), 1)
          waiter.resolve(mail)
        }
        done()
      }, done)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve))
  return {
    mailMatching: (accepts: (mail: ParsedMail) => boolean) =>
      new Promise<ParsedMail>((resolve) => {
        const mail = received.find(accepts)
        if (mail) resolve(mail)
        else waiting.push({ accepts, resolve })
      }),
    /** Every mail received so far. */
    received: () => [...received],
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  }
}
