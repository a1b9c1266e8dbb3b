import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, expect, it } from 'vitest'
import { USERS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'

// A real SMTP server on this machine: the CMS delivers to it as to any mail relay.
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
const nextMail = () =>
  new Promise<ParsedMail>((resolve) => {
    const mail = delivered.shift()
    if (mail) resolve(mail)
    else waiting.push(resolve)
  })

process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
process.env.EMAIL_FROM_ADDRESS = 'accounts@itinera.test'
process.env.EMAIL_FROM_NAME = 'Itinera accounts'
const system = await setupIntegration('account-mail', { actors: false })

it('should mail a reset link over SMTP whose token sets a new password', async () => {
  await system.payload.create({
    collection: USERS,
    data: { email: 'forgetful@mail.test', password: 'the old password', name: 'Forgetful', roles: ['editor'] },
    overrideAccess: true,
  })
  const headers = new Headers()
  expect(
    (
      await rest(system.payload, 'POST', `/${USERS}/forgot-password`, {
        headers,
        body: { email: 'forgetful@mail.test' },
      })
    ).status,
  ).toBe(200)

  const mail = await nextMail()
  expect(mail.from?.value).toEqual([{ address: 'accounts@itinera.test', name: 'Itinera accounts' }])
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map(({ address }) => address) : []).toEqual([
    'forgetful@mail.test',
  ])
  const link = String(mail.html).match(/https?:\/\/[^"'\s<>]+\/admin\/reset\/([0-9a-f]+)/)
  expect(link?.[0]).toMatch(new RegExp(`^${system.payload.config.serverURL}/admin/reset/`))

  const reset = await rest(system.payload, 'POST', `/${USERS}/reset-password`, {
    headers,
    body: { token: link![1], password: 'the new password' },
  })
  expect(reset.status).toBe(200)
  const signIn = (password: string) =>
    system.payload.login({ collection: USERS, data: { email: 'forgetful@mail.test', password } }).then(
      () => true,
      () => false,
    )
  expect(await signIn('the new password')).toBe(true)
  expect(await signIn('the old password')).toBe(false)
  // The token works once.
  const again = await rest(system.payload, 'POST', `/${USERS}/reset-password`, {
    headers,
    body: { token: link![1], password: 'a third password' },
  })
  expect(again.status).toBeGreaterThanOrEqual(400)
})
