import { expect, test } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { apiAs, submittedTrip } from './api'
import { loginFor, recordViolations, signInToAdmin } from './helpers'

/** A day as the reader writes it (apps/web/src/lib/dates.ts). */
const longDate = (date: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)

test.describe('[REVIEW]: citations checked against their sources', () => {
  test('should let the reviewer approve only once each citation is checked, and the reader say so in each footnote without JavaScript', async ({
    browser,
    request,
  }) => {
    test.slow() // a sign-in, an admin page, the reader's page
    const trip = await submittedTrip(request)
    const reviewer = await apiAs(request, 'reviewer')
    const { id: reviewerId } = (await reviewer.get<{ user: { id: number } }>('/users/me')).user
    // Rita chooses to be named on the public checks (and is no longer afterwards).
    await reviewer.patch(`/users/${reviewerId}`, { nameOnPublicChecks: true })
    try {
      const violations: string[] = []
      const context = await browser.newContext()
      await recordViolations(context, violations)
      const admin = await context.newPage()
      await signInToAdmin(admin, 'reviewer')
      await admin.goto(`${CMS_URL}/admin/collections/trips/${trip.id}`)
      const blockers = admin.getByTestId('approval-blockers')
      await expect(blockers).toContainText('2 changed citations not yet checked against their sources')

      const marks = admin.getByRole('checkbox', { name: 'Checked against the source' })
      await expect(marks).toHaveCount(2)
      await admin.getByRole('textbox', { name: 'Check note' }).first().fill('Matches the record, fol. 2')
      await marks.nth(0).check()
      const statuses = admin.getByTestId('citation-check-status')
      await expect(statuses).toHaveCount(1)
      await expect(statuses).toContainText(
        `Checked against the source by ${loginFor('reviewer').name} on ${longDate(new Date())}`,
      )
      await expect(statuses).toContainText('Matches the record, fol. 2')
      await admin.reload()
      await expect(blockers).toContainText('1 changed citation not yet checked against its source')
      await marks.nth(1).check()
      await expect(statuses).toHaveCount(2)
      await admin.reload()
      await expect(marks.nth(0)).toBeChecked()
      await expect(blockers).toHaveCount(0)
      await admin.getByRole('button', { name: 'Approve and publish' }).click()
      await expect(admin.getByTestId('review-state')).toHaveText('Approved')
      expect(violations).toEqual([])
      await context.close()

      // The reader's footnotes, with JavaScript off: plain HTML says when and by whom.
      const reader = await browser.newContext({ javaScriptEnabled: false })
      const page = await reader.newPage()
      const today = longDate(new Date())
      await expect(async () => {
        await page.goto(`${WEB_URL}/trips/${trip.slug}`)
        // Both uses were checked the same day by the same person: one row of the note says so for both.
        const checks = page.locator('.references .citation-check')
        await expect(checks).toHaveCount(1)
        await expect(checks).toContainText(`Checked against the source on ${today} by ${loginFor('reviewer').name}.`)
      }).toPass({ timeout: 60_000 })
      await expect(page.getByText('every fact above was checked against its sources by a second person')).toBeVisible()
      await reader.close()
    } finally {
      await reviewer.patch(`/users/${reviewerId}`, { nameOnPublicChecks: false })
    }
  })
})
