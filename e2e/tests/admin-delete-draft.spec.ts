import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { apiAs, draftTripMissingOneCitation } from './api'
import { signInToAdmin } from './helpers'

test.describe('[ADMIN]: an editor deletes a mistaken draft', () => {
  test('should let the editor who wrote a never-approved draft delete it in the admin, and not another', async ({
    page,
    request,
  }) => {
    const { tripId, title } = await draftTripMissingOneCitation(request)
    const tripUrl = `${CMS_URL}/admin/collections/trips/${tripId}`

    // Not the reviewer's to delete (nor to duplicate): Payload's document menu is not even offered.
    await signInToAdmin(page, 'reviewer')
    await page.goto(tripUrl)
    await expect(page.getByRole('heading', { name: title })).toBeVisible()
    await expect(page.getByTestId('review-state')).toHaveText('Draft')
    await expect(page.locator('.doc-controls__popup')).toHaveCount(0)
    await page.context().clearCookies()

    await signInToAdmin(page, 'editor')
    await page.goto(tripUrl)
    await expect(page.getByRole('heading', { name: title })).toBeVisible()
    await page.locator('.doc-controls__popup button.popup-button').click()
    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/trips(\?.*)?$/)
    const editor = await apiAs(request, 'editor')
    const { totalDocs } = await editor.get<{ totalDocs: number }>(`/trips?where[id][equals]=${tripId}&draft=true`)
    expect(totalDocs).toBe(0)
  })
})
