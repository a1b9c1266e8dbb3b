import { expect, test } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { apiAs } from './api'
import { signInToAdmin, untilShown } from './helpers'

test.describe('[READER]: home page', () => {
  test('should list the seeded leaders', async ({ page }) => {
    await page.goto(WEB_URL)
    const list = page.getByTestId('leader-list')
    await expect(list.getByText('Kim Il Sung')).toBeVisible()
    await expect(list.getByText('김정은')).toBeVisible()
  })

  test('should show a leader an editor has added in the admin once a reviewer approves it', async ({
    page,
    request,
  }) => {
    test.slow() // a sign-in, two workflow steps and the reader's page, reloaded until it changes
    const unique = Date.now().toString(36)
    const name = `Test Leader ${unique}`

    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/leaders/create`)
    await page.locator('#field-name').fill(name)
    await page.locator('#field-slug').fill(`test-leader-${unique}`)
    await page.locator('#field-nativeName').fill('시험')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    // Created: the admin moves to the new record's own page.
    await expect(page).toHaveURL(/\/leaders\/\d+/)
    const id = /\/leaders\/(\d+)/.exec(page.url())![1]

    // A draft is nobody's business but the staff's.
    await page.goto(WEB_URL)
    await expect(page.getByTestId('leader-list').getByText('Kim Il Sung')).toBeVisible()
    await expect(page.getByTestId('leader-list').getByText(name)).toHaveCount(0)

    await (await apiAs(request, 'editor')).post(`/leaders/${id}/workflow/submit`)
    await (await apiAs(request, 'reviewer')).post(`/leaders/${id}/workflow/approve`)

    // The reader caches pages until the CMS says what changed: within seconds, without a rebuild.
    await untilShown(page, page.getByTestId('leader-list').getByText(name))
  })
})
