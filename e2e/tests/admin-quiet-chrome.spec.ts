import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { apiAs, approvedTrip, draftTripMissingOneCitation } from './api'
import { loginFor, signInWatchingCsp } from './helpers'

// The trip's edit screen, quiet: one status, one short list of issues, no lock dialog for a
// reviewer, and a form that cannot be typed into while its version is in review.
const signedIn = signInWatchingCsp({ width: 1440, height: 900 })

const tripUrl = (id: number) => `${CMS_URL}/admin/collections/trips/${id}`

test.describe('[ADMIN]: a trip in review', () => {
  test('should open read-only, without a lock dialog, for the reviewer while the editor has it open, and for the editor', async ({
    browser,
    request,
  }) => {
    test.slow() // two sign-ins and several admin pages
    const { tripId } = await draftTripMissingOneCitation(request)
    const editorApi = await apiAs(request, 'editor')
    await editorApi.post(`/trips/${tripId}/workflow/submit`)
    // The editor has the trip open: their admin holds its lock.
    const { user } = await editorApi.get<{ user: { id: number } }>('/users/me')
    await editorApi.post('/payload-locked-documents', {
      document: { relationTo: 'trips', value: tripId },
      user: { relationTo: 'users', value: user.id },
    })
    const editorName = loginFor('editor').name
    const whoMayAct = `submitted by ${editorName}. Only a reviewer other than ${editorName} can approve or request changes; editors can edit again after changes are requested.`

    const reviewer = await signedIn(browser, 'reviewer')
    await reviewer.goto(tripUrl(tripId))
    const reviewerBanner = reviewer.getByTestId('in-review-banner')
    await expect(reviewerBanner).toContainText(/^In review since \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, /)
    await expect(reviewerBanner).toContainText(whoMayAct)
    await expect(reviewer.locator('#field-summary')).toBeDisabled()
    await expect(reviewer.getByText('Document locked')).toHaveCount(0)
    await expect(reviewer.getByRole('button', { name: 'Take over' })).toHaveCount(0)
    // The review goes on: the decision is the reviewer's.
    await expect(reviewer.getByRole('button', { name: 'Request changes' })).toBeEnabled()

    const editor = await signedIn(browser, 'editor')
    await editor.goto(tripUrl(tripId))
    await expect(editor.getByTestId('in-review-banner')).toContainText(whoMayAct)
    await expect(editor.locator('#field-summary')).toBeDisabled()
    await expect(editor.locator('#field-title')).toBeDisabled()
    // Fields the admin renders with our own components too.
    await expect(editor.locator('#field-slug')).toBeDisabled()
    await expect(editor.locator('#field-citations__0__fact')).toBeDisabled()
    await expect(editor.getByRole('button', { name: 'Add Stop' })).toHaveCount(0)
    await expect(editor.getByRole('button', { name: 'Withdraw from review' })).toBeVisible()

    // Changes requested: the editor's to edit again, with no banner.
    await reviewer.getByLabel('Comment for the editors').fill('Cite the certainty.')
    await reviewer.getByRole('button', { name: 'Request changes' }).click()
    await expect(reviewer.getByTestId('review-state')).toHaveText('Changes requested')
    await editor.reload()
    await expect(editor.getByTestId('review-state')).toHaveText('Changes requested')
    await expect(editor.locator('#field-summary')).toBeEnabled()
    await expect(editor.getByTestId('in-review-banner')).toHaveCount(0)
  })
})

test.describe('[ADMIN]: the trip edit screen', () => {
  test('should list the data-quality issues in one short list, each linked to its field or the other trip', async ({
    browser,
    request,
  }) => {
    const editorApi = await apiAs(request, 'editor')
    const { docs } = await editorApi.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    // Two trips of the same days, years before any seeded one, with no country given.
    const draft = (title: string) =>
      editorApi.post<{ doc: { id: number } }>('/trips?draft=true', {
        title,
        slug: `quiet-${title.toLowerCase().replaceAll(' ', '-')}-${unique}`,
        leader: docs[0]!.id,
        certainty: 'confirmed',
        stops: [
          {
            id: `one-${title.length}-${unique}`,
            start: { year: 1930, month: 5, day: 1 },
            end: { year: 1930, month: 5, day: 9 },
          },
          { id: `two-${title.length}-${unique}`, start: { year: 1930, month: 5, day: 9 } },
        ],
      })
    const first = await draft(`First ${unique}`)
    const second = await draft(`Second one ${unique}`)

    const editor = await signedIn(browser, 'editor')
    await editor.goto(tripUrl(second.doc.id))
    const list = editor.getByTestId('quality-issues')
    await expect(list).toContainText('Data quality: 3 blocking approval, 3 warnings')
    await expect(list.getByRole('listitem')).toHaveText([
      'Warning Stop 1: no country given.',
      'Warning Stop 2: no country given.',
      'Error Certainty of the trip: no citation yet.',
      'Error Stop 1: dates: no citation yet.',
      'Error Stop 2: dates: no citation yet.',
      `Warning Same leader and dates as "First ${unique}": a duplicate?`,
    ])
    // A line each, not the arrays' cards.
    await expect(editor.getByText('Quality Issue 01')).toHaveCount(0)
    expect((await list.boundingBox())!.height).toBeLessThan(260)

    // An issue about a fact takes the editor to its field.
    await list.getByRole('link', { name: 'Stop 2: no country given.' }).click()
    await expect
      .poll(() => editor.evaluate(() => Boolean(document.activeElement?.closest('#field-stops__1__polity'))))
      .toBe(true)
    await list.getByRole('link', { name: 'Certainty of the trip: no citation yet.' }).click()
    await expect
      .poll(() => editor.evaluate(() => Boolean(document.activeElement?.closest('#field-certainty'))))
      .toBe(true)
    // A duplicate, to the trip it duplicates.
    await list.getByRole('link', { name: /a duplicate\?$/ }).click()
    await expect(editor).toHaveURL(tripUrl(first.doc.id))
    await expect(editor.getByRole('heading', { name: `First ${unique}` })).toBeVisible()
  })

  test('should name the review state once, in words', async ({ browser, request }) => {
    const { tripId } = await draftTripMissingOneCitation(request)
    const approved = await approvedTrip(request)
    await approved.editor.patch(`/trips/${approved.id}`, { summary: 'A newer draft.' })

    const editor = await signedIn(browser, 'editor')
    for (const [id, label] of [
      [tripId, 'Draft'],
      [approved.id, 'Approved, with a newer draft'],
    ] as const) {
      await editor.goto(tripUrl(id))
      await expect(editor.getByTestId('review-state')).toHaveText(label)
      await expect(editor.getByTestId('review-state')).toHaveCount(1)
      // Nor Payload's own draft/published status, nor the state as a sidebar field.
      await expect(editor.getByText(/^Status:/)).toHaveCount(0)
      await expect(editor.getByText(/^(Changed|Published)$/)).toHaveCount(0)
      await expect(editor.getByText('Review State', { exact: true })).toHaveCount(0)
      await expect(editor.getByText(/^State:/)).toHaveCount(0)
    }
  })

  test('should suggest a new trip’s slug from its title and first month until the editor changes it', async ({
    browser,
  }) => {
    const editor = await signedIn(browser, 'editor')
    await editor.goto(`${CMS_URL}/admin/collections/trips/create`)
    const slug = editor.locator('#field-slug')
    await editor.getByRole('button', { name: 'Add Stop' }).click()
    await expect(editor.locator('#field-stops__0__start__year')).toBeEditable()
    await editor.locator('#field-title').fill('Moscow and East Berlin')
    await expect(slug).toHaveValue('moscow-and-east-berlin')
    await editor.locator('#field-stops__0__start__year').fill('1956')
    await editor.locator('#field-stops__0__start__month').fill('6')
    await expect(slug).toHaveValue('1956-06-moscow-and-east-berlin')
    await expect(editor.getByText('Suggested from the title and the first month')).toBeVisible()

    // The editor's own slug stays theirs.
    await slug.fill('1956-06-east-berlin')
    await editor.locator('#field-title').fill('Moscow, East Berlin and Warsaw')
    await expect(editor.locator('#field-title')).toHaveValue('Moscow, East Berlin and Warsaw')
    await expect(slug).toHaveValue('1956-06-east-berlin')
  })
})
