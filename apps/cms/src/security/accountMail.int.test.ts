import { expect, it } from 'vitest'
import { USERS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { rest } from '../test/rest'
import { recipientsOf, startSmtpServer } from '../test/smtpServer'

const { nextMail } = await startSmtpServer()
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
  expect(recipientsOf(mail)).toEqual(['forgetful@mail.test'])
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
