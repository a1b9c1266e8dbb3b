import { expect, test, type Browser, type Page } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { draftTripMissingOneCitation } from './api'
import { signInToAdmin, type TDemoRole } from './helpers'

async function signedIn(browser: Browser, role: TDemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInToAdmin(page, role)
  return page
}

const reviewState = (page: Page) => page.getByTestId('review-state')

async function takeStep(page: Page, label: string, expectedState: string) {
  await page.getByRole('button', { name: label }).click()
  await expect(reviewState(page)).toHaveText(expectedState)
}

test.describe('[REVIEW]: a trip from draft to published', () => {
  test('should pass editor → reviewer (changes requested) → editor → reviewer (approved)', async ({
    browser,
    request,
  }) => {
    test.slow() // four sign-ins and eight page loads of the admin
    const { tripId, title, sourceTitle } = await draftTripMissingOneCitation(request)
    const tripUrl = `${CMS_URL}/admin/collections/trips/${tripId}`

    // The editor cites the last fact without leaving the trip, saves, and submits.
    const editor = await signedIn(browser, 'editor')
    await editor.goto(tripUrl)
    const uncitedCertainty = editor.locator('input[value="Certainty of the trip: no citation yet."]')
    await expect(uncitedCertainty).toBeVisible()
    await editor.getByRole('button', { name: 'Add Citation' }).click()
    await editor.locator('#field-citations__2__fact').selectOption({ label: 'Certainty of the trip' })
    await editor.locator('#field-citations__2__source .rs__control').click()
    // Dozens of seeded sources: search for it as an editor would.
    await editor.keyboard.type(sourceTitle)
    await editor.locator('.rs__menu').getByText(sourceTitle, { exact: true }).click()
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect(editor.getByText(/saved successfully/i)).toBeVisible()
    await editor.reload()
    await expect(uncitedCertainty).toHaveCount(0)
    await takeStep(editor, 'Submit for review', 'in review')
    await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)

    // A second person reviews: the queue, the diff, a comment, changes requested.
    const reviewer = await signedIn(browser, 'reviewer')
    await expect(reviewer.getByTestId('review-queue').getByRole('link', { name: title })).toBeVisible()
    await reviewer.getByTestId('review-queue').getByRole('link', { name: title }).click()
    await expect(reviewState(reviewer)).toHaveText('in review')
    await reviewer.getByRole('link', { name: /^Versions/ }).click()
    await expect(reviewer).toHaveURL(/\/versions/)
    await reviewer.goto(tripUrl)
    await reviewer.getByLabel('Comment for the editors').fill('Give the page of the telegram for the certainty.')
    await takeStep(reviewer, 'Request changes', 'changes requested')
    // Leaving through the admin's own navigation releases the document lock.
    await reviewer.locator('a[href="/admin"]').first().click()
    await expect(reviewer.getByTestId('review-queue')).toBeVisible()

    // The editor sees the request, fixes, resubmits.
    await editor.goto(`${CMS_URL}/admin`)
    await editor.getByTestId('changes-requested').getByRole('link', { name: title }).click()
    await editor.getByLabel('Summary').fill('Stalin received him in Moscow; the telegram gives the dates.')
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect(editor.getByText(/saved successfully/i)).toBeVisible()
    await editor.reload()
    await expect(reviewState(editor)).toHaveText('draft')
    await takeStep(editor, 'Submit for review', 'in review')

    // The reviewer approves; the trip is published.
    await reviewer.goto(tripUrl)
    await takeStep(reviewer, 'Approve and publish', 'approved')
    const published = await request.get(`${CMS_URL}/api/trips/${tripId}`)
    expect(published.status()).toBe(200)
    expect(await published.json()).toMatchObject({ title, _status: 'published' })
  })

  test('should not offer approval to a reviewer who edited the version', async ({ browser, request }) => {
    // The admin may review, but here it is also the author.
    const { tripId } = await draftTripMissingOneCitation(request, 'admin')
    const admin = await signedIn(browser, 'admin')
    await admin.goto(`${CMS_URL}/admin/collections/trips/${tripId}`)
    await takeStep(admin, 'Submit for review', 'in review')
    await expect(admin.getByTestId('four-eyes-note')).toBeVisible()
    await expect(admin.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)
    await expect(admin.getByRole('button', { name: 'Request changes' })).toHaveCount(0)
  })
})
