import { expect, test, type Browser, type Page } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { draftTripMissingOneCitation } from './api'
import { loginFor, signInToAdmin, type TDemoRole } from './helpers'
import { openMailbox, recipientsOf } from './mailbox'

async function signedIn(browser: Browser, role: TDemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInToAdmin(page, role)
  return page
}

const reviewState = (page: Page) => page.getByTestId('review-state')
let mailbox: Awaited<ReturnType<typeof openMailbox>>
test.beforeAll(async () => {
  mailbox = await openMailbox()
})
test.afterAll(() => mailbox.close())

/** The first mail to `role` whose subject names the trip. */
const mailTo = (role: TDemoRole, subject: string) =>
  mailbox.mailMatching((mail) => recipientsOf(mail).includes(loginFor(role).email) && mail.subject === subject)

test.describe('[REVIEW]: the review conversation reaches the editor', () => {
  test('should bring the reviewer’s request for changes to the trip, the dashboard and the editor’s inbox', async ({
    browser,
    request,
  }) => {
    test.slow() // two sign-ins and several admin pages
    const { tripId, title } = await draftTripMissingOneCitation(request)
    const tripUrl = `${CMS_URL}/admin/collections/trips/${tripId}`
    const reviewerName = loginFor('reviewer').name
    const editorName = loginFor('editor').name

    // The editor submits, asking one reviewer.
    const editor = await signedIn(browser, 'editor')
    await editor.goto(tripUrl)
    await editor.getByLabel(/^Reviewer \(optional/).selectOption({ label: reviewerName })
    await editor.getByRole('button', { name: 'Submit for review' }).click()
    // Its certainty is still uncited: the reviewer is to say so.
    await editor.getByRole('button', { name: 'Submit anyway' }).click()
    await expect(reviewState(editor)).toHaveText('In review')
    const submitted = await mailTo('reviewer', `Submitted for your review: trip "${title}"`)
    expect(submitted.text).toContain(tripUrl)
    await editor.locator('a[href="/admin"]').first().click()

    // The reviewer's queue says who submitted it, to whom, and since when; the reviewer asks for changes.
    const reviewer = await signedIn(browser, 'reviewer')
    const queued = reviewer.getByTestId('review-queue').getByRole('listitem').filter({ hasText: title })
    await expect(queued).toContainText(`Submitted by ${editorName}`)
    await expect(queued).toContainText('assigned to you')
    await expect(queued).toContainText(/waiting \d+ min/)
    await expect(queued).toContainText('no citation for certainty of the trip')
    await queued.getByRole('link', { name: title }).click()
    await expect(reviewState(reviewer)).toHaveText('In review')
    const asked = 'Cite the certainty: which page of the telegram confirms the visit?'
    await reviewer.getByLabel('Comment for the editors').fill(asked)
    await reviewer.getByRole('button', { name: 'Request changes' }).click()
    await expect(reviewState(reviewer)).toHaveText('Changes requested')
    await reviewer.locator('a[href="/admin"]').first().click()

    // An e-mail reaches the editor, comment and next step included.
    const mail = await mailTo('editor', `Changes requested: trip "${title}"`)
    expect(mail.text).toContain(asked)
    expect(mail.text).toContain('Next step: Make the changes, save, then submit it for review again.')

    // The dashboard: the comment, its author and the next step; an unread notification.
    await editor.goto(`${CMS_URL}/admin`)
    const sentBack = editor.getByTestId('changes-requested').getByRole('listitem').filter({ hasText: title })
    await expect(sentBack).toContainText(`${reviewerName}: “${asked}”`)
    await expect(sentBack).toContainText('Next step: Make the changes, save, then submit it for review again.')
    await expect(editor.getByTestId('unread-count')).not.toHaveText('(0)')

    // The trip: the request at the top of the Review panel and in the conversation; the editor replies.
    await sentBack.getByRole('link', { name: title }).click()
    const note = editor.getByTestId('changes-requested-note')
    await expect(note).toContainText(`Changes requested by ${reviewerName}`)
    await expect(note).toContainText(asked)
    await expect(note).toContainText('Next step:')
    const conversation = editor.getByTestId('conversation-comment')
    await expect(conversation.first()).toContainText(asked)
    await conversation.first().getByRole('button', { name: 'Reply' }).click()
    await editor.getByLabel('Comment', { exact: true }).fill('Page 3 of the telegram: added.')
    await editor.getByLabel('About (optional)').selectOption({ label: 'Certainty of the trip' })
    await editor.getByRole('button', { name: 'Post comment' }).click()
    // A reply sits inside what it answers: the innermost comment with the text is the reply.
    const reply = conversation.filter({ hasText: 'Page 3 of the telegram: added.' }).last()
    await expect(conversation.first().getByTestId('conversation-comment')).toContainText('Page 3 of the telegram')
    await expect(reply).toContainText(editorName)
    await expect(reply).toContainText('About: Certainty of the trip')

    // The History tab tells the review in words, each step linking to its version.
    await editor.goto(`${tripUrl}/history`)
    const events = editor.getByTestId('history-event')
    await expect(events).toHaveCount(2)
    await expect(events.nth(0)).toContainText(`${editorName} submitted it for review`)
    await expect(events.nth(0)).toContainText(`asking ${reviewerName} to review it`)
    await expect(events.nth(1)).toContainText(`${reviewerName} requested changes`)
    await expect(events.nth(1)).toContainText(asked)
    await events.nth(1).getByRole('link', { name: 'This version and its changes' }).click()
    await expect(editor).toHaveURL(new RegExp(`/trips/${tripId}/versions/`))

    // The notifications page lists it; marking read empties the count.
    // The link is in the navigation, folded away at this width: follow it as its address.
    await expect(editor.getByTestId('notifications-link')).toHaveAttribute('href', '/admin/notifications')
    await editor.goto(`${CMS_URL}/admin/notifications`)
    await expect(editor.getByTestId('notification').filter({ hasText: title }).first()).toBeVisible()
    await editor.getByRole('button', { name: 'Mark all as read' }).click()
    await expect(editor.getByTestId('unread-count')).toHaveText('(0)')
  })
})
