import { expect, test } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { signInToAdmin } from './helpers'

test.describe('[READER]: home page', () => {
  test('should list the seeded leaders', async ({ page }) => {
    await page.goto(WEB_URL)
    const list = page.getByTestId('leader-list')
    await expect(list.getByText('Kim Il Sung')).toBeVisible()
    await expect(list.getByText('김정은')).toBeVisible()
  })

  test('should show a leader an editor has just added in the admin', async ({ page }) => {
    const unique = Date.now().toString(36)
    const name = `Test Leader ${unique}`

    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/leaders/create`)
    await page.locator('#field-name').fill(name)
    await page.locator('#field-slug').fill(`test-leader-${unique}`)
    await page.locator('#field-nativeName').fill('시험')
    await page.locator('#action-save').click()
    await expect(page.getByText(/successfully/i)).toBeVisible()

    // The reader caches pages until the CMS says what changed: within seconds, without a rebuild.
    await expect(async () => {
      await page.goto(WEB_URL)
      await expect(page.getByTestId('leader-list').getByText(name)).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 60_000 })
  })
})
