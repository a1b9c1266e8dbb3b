import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { approvedTrip } from './api'
import { signInToAdmin } from './helpers'

test.describe('[ADMIN]: the trips list', () => {
  test('should show each trip’s dates at the precision its stops give, never as a timestamp', async ({
    page,
    request,
  }) => {
    const trip = await approvedTrip(request)
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/trips?search=${encodeURIComponent(trip.title)}`)
    const row = page.getByRole('row').filter({ hasText: trip.title })
    await expect(row).toContainText('4 November 1957')
    await expect(page.getByRole('columnheader', { name: 'Dates' })).toBeVisible()
    await expect(page.locator('table')).not.toContainText(/\d{1,2}:\d{2} (AM|PM)/)
  })
})
