import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll } from 'vitest'

/** The addresses a mail was sent to. */
export const recipientsOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map(({ address }) => address))

/**
 * A real SMTP server on this machine, stopped after the file's tests: the CMS delivers to it as to
 * any mail relay. Sets SMTP_URL, so it is started before the CMS's configuration is imported.
 * `nextMail` resolves with the next mail delivered, in order of arrival.
 */
export async function startSmtpServer() {
  const delivered: ParsedMail[] = []
  const waiting: ((mail: ParsedMail) => void)[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        const waiter = waiting.shift()
        if (waiter) waiter(mail)
        else delivered.push(mail)
        done()
      }, done)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  return {
    nextMail: () =>
      new Promise<ParsedMail>((resolve) => {
        const mail = delivered.shift()
        if (mail) resolve(mail)
        else waiting.push(resolve)
      }),
    /** The mails delivered and not yet taken by `nextMail`, taken now. */
    takeDelivered: () => delivered.splice(0),
  }
}
