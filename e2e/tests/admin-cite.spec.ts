import { expect, test, type Locator, type Page } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { apiAs } from './api'
import { recordViolations, signInToAdmin } from './helpers'

/**
 * Counts a person's clicks: each click, and each field reached with the mouse before typing.
 * Tab and typing are not clicks.
 */
function clickCounter() {
  let clicks = 0
  return {
    click: async (target: Locator) => {
      clicks++
      await target.click()
    },
    /** A relationship field: open it, type to narrow, pick. */
    choose: async (page: Page, field: Locator, typed: string, option: string) => {
      clicks += 2
      await field.locator('.rs__control').click()
      await page.keyboard.type(typed)
      await page.locator('.rs__menu').getByText(option, { exact: true }).click()
    },
    fill: async (target: Locator, value: string) => {
      clicks++
      await target.fill(value)
    },
    /** Clicks made by going straight to the page they lead to. */
    counted: (count: number) => {
      clicks += count
    },
    get count() {
      return clicks
    },
  }
}

test.describe('[CITE]: citing beside the facts', () => {
  test('should create, cite and submit a one-stop trip with six facts in at most 25 clicks', async ({
    browser,
    request,
  }) => {
    test.slow() // a new trip through the admin's form, saved and submitted
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const violations: string[] = []
    await recordViolations(context, violations)
    const page = await context.newPage()
    await signInToAdmin(page, 'editor')
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    const title = `State visit to the Soviet Union ${unique}`
    const act = clickCounter()

    // Trips, then Create New: two clicks through the admin's navigation.
    act.counted(2)
    await page.goto(`${CMS_URL}/admin/collections/trips/create`)
    await act.fill(page.locator('#field-title'), title)
    // The slug is suggested from the title and the first stop's month.
    await act.choose(page, page.locator('#field-leader'), 'Kim Il', 'Kim Il Sung')
    await act.click(page.getByRole('button', { name: 'Add Stop' }))
    await act.choose(page, page.locator('#field-stops__0__polity'), 'Soviet', 'Soviet Union')
    await act.choose(page, page.locator('#field-stops__0__places'), 'Moscow', 'Moscow')
    await act.fill(page.locator('#field-stops__0__start__day'), '3')
    await page.keyboard.press('Tab')
    await page.keyboard.type('3')
    await page.keyboard.press('Tab')
    await page.keyboard.type('1949')
    await act.click(page.getByRole('button', { name: 'Add Meeting' }))
    await act.choose(page, page.locator('#field-stops__0__meetings__0__person'), 'Stalin', 'Joseph Stalin')
    await act.click(page.getByRole('button', { name: 'Add Detail' }))
    await act.fill(page.locator('#field-stops__0__details__0__text'), 'Received at the Kremlin.')

    // Six facts, none cited: one action cites them all to one source and page range.
    const uncited = page.locator('.fact-citations').filter({ hasText: 'No citation yet' })
    await expect(uncited).toHaveCount(6)
    await act.click(page.getByRole('button', { name: 'Cite facts…' }))
    const dialog = page.getByRole('dialog', { name: 'Cite facts to one source' })
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(6)
    await act.fill(dialog.locator('#cite-facts-source'), 'Planes and armoured')
    await act.click(dialog.getByRole('option').filter({ hasText: 'Planes and armoured trains' }))
    await act.fill(dialog.getByLabel('Where in the source'), 'pp. 39-42')
    await act.click(dialog.getByRole('button', { name: 'Add 6 citations' }))
    await expect(uncited).toHaveCount(0)
    // Each fact shows its citation's number; the rows say what they cite in words.
    await expect(
      page.locator('.fact-citations[data-fact="certainty"]').getByRole('button', { name: 'Citation 1' }),
    ).toBeVisible()
    await expect(
      page.locator('.citation-row-label').filter({ hasText: 'Stop 1: meeting 1 — Planes and armoured trains' }),
    ).toHaveCount(1)
    await expect(page.locator('#field-citations__5__locator')).toHaveValue('p. 39–42')

    await act.click(page.getByRole('button', { name: 'Save Draft' }))
    // Saved: the new trip's own page, whose Review panel offers the next step.
    await expect(page).toHaveURL(/\/admin\/collections\/trips\/\d+/)
    await expect(page.getByTestId('review-state')).toHaveText('Draft')
    await act.click(page.getByRole('button', { name: 'Submit for review' }))
    await expect(page.getByTestId('review-state')).toHaveText('In review')

    test.info().annotations.push({ type: 'clicks', description: String(act.count) })
    expect(act.count).toBeLessThanOrEqual(25)
    const editor = await apiAs(request, 'editor')
    const { docs } = await editor.get<{
      docs: { citations: { fact: string; source: number; locator: { page: string | null } }[] }[]
    }>(`/trips?where[title][equals]=${encodeURIComponent(title)}&draft=true`)
    expect(docs).toHaveLength(1)
    expect(docs[0]!.citations).toHaveLength(6)
    expect(new Set(docs[0]!.citations.map((citation) => citation.fact)).size).toBe(6)
    expect(docs[0]!.citations.every((citation) => citation.locator.page === '39–42')).toBe(true)
    expect(violations).toEqual([])
  })

  test('should cite one fact from beside it, reading the locator as written and refusing what is not one', async ({
    page,
  }) => {
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/trips/create`)
    await page.getByRole('button', { name: 'Add Stop' }).click()
    const dates = page.locator('.fact-citations[data-fact$=".dates"]')
    await dates.getByRole('button', { name: 'Cite' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cite facts to one source' })
    // Only the fact beside the button is chosen.
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(1)
    await expect(dialog.getByRole('checkbox', { name: 'Stop 1: dates' })).toBeChecked()
    await dialog.locator('#cite-facts-source').fill('Planes and armoured')
    await dialog.getByRole('option').filter({ hasText: 'Planes and armoured trains' }).click()
    await dialog.getByLabel('Where in the source').fill('chapter 3')
    await expect(dialog.getByRole('alert')).toContainText('"chapter 3" is not a locator')
    await expect(dialog.getByRole('button', { name: 'Add 1 citation' })).toBeDisabled()
    await dialog.getByLabel('Where in the source').fill('f. 12, n. 4')
    await dialog.getByRole('button', { name: 'Add 1 citation' }).click()
    await expect(dialog).toBeHidden()
    await expect(dates.getByRole('button', { name: 'Citation 1' })).toBeVisible()
    await expect(page.locator('#field-citations__0__locator')).toHaveValue('fol. 12, n. 4')
    // The row's own locator field reads and writes the same way.
    await page.locator('#field-citations__0__locator').fill('para 3')
    await expect(page.locator('.citation-row-label')).toContainText('¶ 3')
  })

  test("should list a large record's citations a line each, opening a row's fields from its fact's badge", async ({
    page,
    request,
  }) => {
    const editor = await apiAs(request, 'editor')
    const { docs } = await editor.get<{ docs: { id: number; citations?: { id: string }[] }[] }>(
      '/trips?limit=500&depth=0&select[citations]=true',
    )
    const largest = docs.sort((a, b) => (b.citations?.length ?? 0) - (a.citations?.length ?? 0))[0]!
    const count = largest.citations?.length ?? 0
    expect(count).toBeGreaterThan(20)
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/trips/${largest.id}`)
    const rows = page.locator('.citation-row')
    await expect(rows).toHaveCount(count)
    await expect(rows.first().locator('.citation-row-label')).toHaveText(/^01 · .+ — .+/)
    // Closed: none of a hundred rows' fields is mounted until asked for.
    await expect(page.locator('.citation-row__fields')).toHaveCount(0)
    const badge = page.locator('.fact-citations__badge').first()
    const number = Number(await badge.textContent())
    await badge.click()
    await expect(page.locator(`#field-citations__${number - 1}__locator`)).toBeVisible()
    await expect(page.locator(`#field-citations__${number - 1}__fact`)).toBeFocused()
    await expect(page.locator('.citation-row__fields')).toHaveCount(1)
    // Another row opened from its line keeps the focus there: the badge's request was handled once.
    const other = number === 1 ? 1 : 0
    const otherLine = rows.nth(other).locator('.citation-row__toggle')
    await otherLine.click()
    await expect(page.locator(`#field-citations__${other}__locator`)).toBeVisible()
    await expect(otherLine).toBeFocused()
    await expect(page.locator('.citation-row__fields')).toHaveCount(2)
    // Lines close their rows again.
    await rows
      .nth(number - 1)
      .locator('.citation-row__toggle')
      .click()
    await otherLine.click()
    await expect(page.locator('.citation-row__fields')).toHaveCount(0)
    await page.getByRole('button', { name: 'Open all' }).click()
    await expect(page.locator('.citation-row__fields')).toHaveCount(count)
  })
})
