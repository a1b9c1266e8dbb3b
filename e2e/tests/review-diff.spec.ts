import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { approvedTrip } from './api'
import { signInToAdmin } from './helpers'

test.describe('[REVIEW]: the reviewer reads the change against the published version', () => {
  test('should open the submitted version compared with the published one, not the version before it', async ({
    page,
    request,
  }) => {
    const trip = await approvedTrip(request)
    const renamed = `${trip.title} (renamed)`
    // Two saves before submitting: Payload's version view would compare with the second one.
    await trip.editor.patch(`/trips/${trip.id}?draft=true`, { title: `${trip.title} (draft)` })
    await trip.editor.patch(`/trips/${trip.id}?draft=true`, { title: renamed })
    await trip.editor.post(`/trips/${trip.id}/workflow/submit`)

    await signInToAdmin(page, 'reviewer')
    await page.goto(`${CMS_URL}/admin/collections/trips/${trip.id}`)
    const link = page.getByTestId('review-diff-link').getByRole('link')
    await expect(link).toHaveText('Review the changes since the published version')
    await link.click()
    await expect(page).toHaveURL(/\/versions\/\d+\?versionFrom=\d+$/)
    // The title's diff runs from the published title to the submitted one, skipping the draft between.
    const diff = page.locator('.render-field-diffs')
    await expect(diff).toContainText(renamed)
    await expect(diff).toContainText(trip.title)
    await expect(diff).not.toContainText('(draft)')
  })
})
