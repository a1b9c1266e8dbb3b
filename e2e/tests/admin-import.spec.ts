import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { apiAs } from './api'
import { signInToAdmin } from './helpers'

const unique = Date.now().toString(36)
// A small list in the scraped text form, with the flaws the importer must report, not hide.
const LIST = `Trips of a test leader ${unique}

Date(s)CountryLocationsLeaders metDetails
2-6 July 1956Flag of Poland.svg  Poland Warsaw Flag of Poland.svg First Secretary of the Polish United Workers' Party Edward Ochab [1]
6-16 July 1956Flag of the Soviet Union.svg  Soviet Union Moscow Flag of the Soviet Union.svg First Secretary of the Communist Party of the Soviet Union Nikita Khrushchev [1]
14 January-6 February 1959 Sverdlovsk ${unique} [7]

References

  1. "Test reference ${unique}". Example News. 1 August 1956.
`

test.describe('[IMPORT]: a trip list into drafts from the admin', () => {
  test('should preview fields side by side with guesses and trips already in the database, let the editor split a journey, and create drafts only then', async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, 'editor')
    await page.locator('.review-dashboard').getByRole('link', { name: 'Import a trip list' }).click()
    await expect(page.getByRole('heading', { name: 'Import a trip list' })).toBeVisible()
    await page.getByLabel('Leader').selectOption({ label: 'Kim Il Sung' })
    await page.getByLabel('Or paste the list').fill(LIST)
    await page.getByRole('button', { name: 'Preview' }).click()

    const preview = page.getByRole('region', { name: 'Preview' })
    await expect(preview.getByRole('heading', { level: 2 })).toContainText('2 trips, 3 stops, 1 sources')
    // The third row names no country and cites a reference the list lacks: both are said, on its row.
    const flawed = preview.locator('[data-line="6"]')
    await expect(flawed).toContainText('Soviet Union (inferred)')
    await expect(flawed.locator('.import-form__warnings')).toContainText('country_continued')
    await expect(flawed.locator('.import-form__warnings')).toContainText('reference [7] is not in the reference list')
    await expect(flawed).toContainText(`Sverdlovsk ${unique} (new)`)

    // Each row's fields side by side, every value the importer inferred highlighted with its reason.
    await expect(preview.locator('thead').getByRole('columnheader')).toHaveText([
      'Line',
      'Dates',
      'Country',
      'Places',
      'People met',
      'Details',
      'Refs',
      'Warnings',
    ])
    const country = flawed.getByRole('cell').nth(2)
    await expect(country.locator('mark.import-form__guess')).toHaveText('Soviet Union (inferred)')
    await expect(country.locator('.import-form__guess-reason')).toHaveText(
      'not in the row: carried from line 5, the row above',
    )
    await expect(flawed.getByRole('cell').nth(1).locator('.import-form__guess-reason')).toContainText(
      "the start's year is not written",
    )
    await expect(preview.locator('[data-line="4"]').getByRole('cell').nth(2).locator('mark')).toHaveCount(0)

    // Before anything is created: the row repeats an approved trip of the leader day for day, and
    // the July journey overlaps the approved 1956 tour, each linking to the trip in the admin.
    const editor = await apiAs(request, 'editor')
    const [existing, tour] = await Promise.all(
      ['1959-01-soviet-union', '1956-06-tour-europe-mongolia'].map(async (slug) => {
        const { docs } = await editor.get<{ docs: { id: number; title: string }[] }>(
          `/trips?where[slug][equals]=${slug}`,
        )
        return docs[0]!
      }),
    )
    const flag = (line: number, kind: 'duplicate' | 'overlap', trip: { id: number }) =>
      preview
        .locator('tbody', { has: page.locator(`[data-line="${line}"]`) })
        .locator(`.import-form__existing--${kind}`)
        .filter({ has: page.locator(`a[href="/admin/collections/trips/${trip.id}"]`) })
    await expect(flag(6, 'duplicate', existing!)).toHaveText(
      `Duplicate of ${existing!.title} (Approved, 1959-01-14 – 1959-02-06)`,
    )
    await expect(flag(4, 'overlap', tour!)).toContainText(`Overlaps ${tour!.title} (Approved,`)
    await expect(preview.getByRole('heading', { level: 2 })).toContainText('2 trips that repeat or overlap')

    // Nothing is written by a preview.
    const search = `/trips?draft=true&where[importWarnings.message][like]=${unique}`
    expect((await editor.get<{ totalDocs: number }>(search)).totalDocs).toBe(0)

    // Warsaw then Moscow were grouped as one journey; the editor splits them.
    const moscow = preview.locator('[data-line="5"]')
    await moscow.getByLabel('Starts a new trip').click()
    await expect(preview.getByRole('heading', { level: 2 })).toContainText('3 trips, 3 stops')

    await preview.getByRole('button', { name: 'Create 3 draft trips' }).click()
    const created = page.getByRole('region', { name: 'Created' })
    await expect(created).toContainText('Created 3 draft trips (3 stops), 2 new sources')
    await expect(created.getByRole('link')).toHaveCount(3)

    // Drafts only: staff see them with the import notes, readers see nothing.
    const drafts = await editor.get<{
      docs: { reviewState: string; _status: string; importWarnings: { code: string }[] }[]
    }>(search)
    expect(drafts.docs).toHaveLength(1)
    expect(drafts.docs[0]).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    expect(drafts.docs[0]!.importWarnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['country_continued', 'unknown_reference']),
    )
    const anonymous = await request.get(
      `${CMS_URL}/api/trips?where[title][like]=Poland&where[createdAt][greater_than]=${new Date(Date.now() - 600_000).toISOString()}`,
    )
    expect((await anonymous.json()).totalDocs).toBe(0)
  })

  test('should not offer the import to a reviewer, and refuse the API to them', async ({ page, request }) => {
    await signInToAdmin(page, 'reviewer')
    await expect(page.getByRole('link', { name: 'Import a trip list' })).toHaveCount(0)
    const reviewer = await apiAs(request, 'reviewer')
    await expect(
      reviewer.post('/import/create', { text: LIST, format: 'text', leader: 'kim-il-sung' }),
    ).rejects.toThrow(/403.*editor role/)
  })
})
