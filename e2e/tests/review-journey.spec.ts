import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { approvedPlace, approvedTrip, draftTripMissingOneCitation } from './api'
import { signInWatchingCsp, untilShown } from './helpers'

// Every admin page of these journeys runs under the admin's Content-Security-Policy, unviolated.
const signedIn = signInWatchingCsp()

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
    const uncitedCertainty = editor.getByTestId('quality-issues').getByText('Certainty of the trip: no citation yet.')
    await expect(uncitedCertainty).toBeVisible()
    const blockers = editor.getByTestId('approval-blockers')
    await expect(blockers).toContainText('no citation for certainty of the trip')
    await editor.getByRole('button', { name: 'Add Citation' }).click()
    await editor.locator('#field-citations__2__fact').selectOption({ label: 'Certainty of the trip' })
    // Dozens of seeded sources: search for it as an editor would.
    await editor.locator('#field-citations__2__source').fill(sourceTitle)
    await editor.getByRole('option').filter({ hasText: sourceTitle }).click()
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect(editor.getByText(/saved successfully/i)).toBeVisible()
    await editor.reload()
    await expect(uncitedCertainty).toHaveCount(0)
    await expect(blockers).toHaveCount(0)
    await takeStep(editor, 'Submit for review', 'In review')
    await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)

    // A second person reviews: the queue, the diff, a comment, changes requested.
    const reviewer = await signedIn(browser, 'reviewer')
    await expect(reviewer.getByTestId('review-queue').getByRole('link', { name: title })).toBeVisible()
    await reviewer.getByTestId('review-queue').getByRole('link', { name: title }).click()
    await expect(reviewState(reviewer)).toHaveText('In review')
    await reviewer.getByRole('link', { name: /^Versions/ }).click()
    await expect(reviewer).toHaveURL(/\/versions/)
    await reviewer.goto(tripUrl)
    await reviewer.getByLabel('Comment for the editors').fill('Give the page of the telegram for the certainty.')
    await takeStep(reviewer, 'Request changes', 'Changes requested')
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
    await expect(reviewState(editor)).toHaveText('Draft')
    await takeStep(editor, 'Submit for review', 'In review')

    // The reviewer checks each citation against its source, then approves; the trip is published.
    await reviewer.goto(tripUrl)
    const marks = reviewer.getByRole('checkbox', { name: 'Checked against the source' })
    await expect(marks).toHaveCount(3)
    for (const mark of await marks.all()) await mark.check()
    await expect(reviewer.getByTestId('citation-check-status')).toHaveCount(3)
    await reviewer.reload()
    await expect(reviewer.getByTestId('approval-blockers')).toHaveCount(0)
    await takeStep(reviewer, 'Approve and publish', 'Approved')
    const published = await request.get(`${CMS_URL}/api/trips/${tripId}`)
    expect(published.status()).toBe(200)
    expect(await published.json()).toMatchObject({ title, _status: 'published' })
  })

  test('should not offer approval to a reviewer who edited the version', async ({ browser, request }) => {
    // The admin may review, but here it is also the author.
    const { tripId } = await draftTripMissingOneCitation(request, 'admin')
    const admin = await signedIn(browser, 'admin')
    await admin.goto(`${CMS_URL}/admin/collections/trips/${tripId}`)
    // Its certainty is uncited: submitting asks first, listing what a reviewer could not approve.
    await admin.getByRole('button', { name: 'Submit for review' }).click()
    await expect(admin.getByTestId('submit-anyway')).toContainText('no citation for certainty of the trip')
    await expect(reviewState(admin)).toHaveText('Draft')
    await takeStep(admin, 'Submit anyway', 'In review')
    await expect(admin.getByTestId('four-eyes-note')).toBeVisible()
    await expect(admin.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)
    await expect(admin.getByRole('button', { name: 'Request changes' })).toHaveCount(0)
  })
})

test.describe('[REVIEW]: reference data from draft to published', () => {
  test('should show a place renamed on an approved trip’s page only once a reviewer approves it', async ({
    browser,
    page,
    request,
  }) => {
    test.slow() // two sign-ins and the reader's page, reloaded until it changes
    const place = await approvedPlace(request, 'Sinuiju')
    const trip = await approvedTrip(request, { places: [place.id] })
    // The stop's places, as the trip page lists them (with their footnote markers).
    const shownPlace = (name: string) => page.getByRole('main').getByRole('definition').filter({ hasText: name })
    await page.goto(`${WEB_URL}/trips/${trip.slug}`)
    await expect(shownPlace(place.name)).toBeVisible()

    // The editor renames the place in the admin and submits the rename.
    const placeUrl = `${CMS_URL}/admin/collections/places/${place.id}`
    const renamed = `Sinŭiju ${trip.slug.replace(/^visit-/, '')}`
    const editor = await signedIn(browser, 'editor')
    await editor.goto(placeUrl)
    await editor.locator('#field-name').fill(renamed)
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect(editor.getByText(/saved successfully/i)).toBeVisible()
    await editor.reload()
    await takeStep(editor, 'Submit for review', 'In review')

    // Readers still see the approved name.
    await page.reload()
    await expect(shownPlace(place.name)).toBeVisible()
    await expect(shownPlace(renamed)).toHaveCount(0)

    // A reviewer approves it from the queue; the trip's page shows the new name.
    const reviewer = await signedIn(browser, 'reviewer')
    await reviewer.getByTestId('review-queue').getByRole('link', { name: renamed }).click()
    await takeStep(reviewer, 'Approve and publish', 'Approved')
    await untilShown(page, shownPlace(renamed))
  })

  test('should give a new polity a public page only once a reviewer approves it', async ({
    browser,
    page,
    request,
  }) => {
    test.slow() // two sign-ins and the reader's page, reloaded until it appears
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    const name = `Democratic Republic of Vietnam ${unique}`
    const slug = `north-vietnam-${unique}`

    const editor = await signedIn(browser, 'editor')
    await editor.goto(`${CMS_URL}/admin/collections/polities/create`)
    await editor.locator('#field-name').fill(name)
    await editor.locator('#field-slug').fill(slug)
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    // Created: the admin moves to the new record's own page.
    await expect(editor).toHaveURL(/\/polities\/\d+/)
    await editor.reload()
    await takeStep(editor, 'Submit for review', 'In review')

    // No public page, nor a record anyone can read, while it is in review.
    const countryPage = `${WEB_URL}/countries/${slug}`
    expect((await request.get(countryPage)).status()).toBe(404)
    expect((await request.get(`${CMS_URL}/api/polities?where[slug][equals]=${slug}`)).ok()).toBe(true)
    expect((await (await request.get(`${CMS_URL}/api/polities?where[slug][equals]=${slug}`)).json()).docs).toEqual([])

    const reviewer = await signedIn(browser, 'reviewer')
    await reviewer.getByTestId('review-queue').getByRole('link', { name }).click()
    await takeStep(reviewer, 'Approve and publish', 'Approved')
    await page.goto(countryPage)
    await untilShown(page, page.getByRole('heading', { level: 1, name, exact: true }))
  })
})
