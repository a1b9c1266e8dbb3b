import { expect, test } from '@playwright/test'
import { WEB_URL } from '../playwright.config'
import { approvedTrip } from './api'

test.describe('[READER]: a dead source is read from its archived copy', () => {
  test('should link the archived copy, archived from the original on its date, the original marked dead', async ({
    page,
    request,
  }) => {
    // An address nobody can reach (.invalid never resolves), dead by an editor's approved call.
    const original = 'https://report.invalid/kim-moscow-1949'
    const archived = `https://web.archive.org/web/20190315000000/${original}`
    const trip = await approvedTrip(request, {
      source: {
        kind: 'web_page',
        sourceClass: 'news',
        url: original,
        urlStatus: 'dead',
        archiveUrl: archived,
        archiveDate: '2019-03-15T00:00:00.000Z',
      },
    })
    await page.goto(`${WEB_URL}/trips/${trip.slug}`)
    const entry = page
      .locator('.source-line')
      .filter({ has: page.locator(`a[href="${archived}"]`) })
      .first()
    await expect(entry).toContainText('Archived from the original on 15 March 2019 (link dead)')
    await expect(entry.getByRole('link', { name: 'Archived' })).toHaveAttribute('href', archived)
    const dead = entry.getByRole('link', { name: 'the original' })
    await expect(dead).toHaveAttribute('href', original)
    await expect(dead).toHaveClass(/source-dead/)
  })
})
