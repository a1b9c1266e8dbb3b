import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { apiAs, draftTripMissingOneCitation } from './api'
import { recordViolations, signInToAdmin } from './helpers'

test.describe("[CITE]: a citation's source, found by what the editor knows of it", () => {
  test('should find sources by author, tell same-titled ones apart, and say which are not approved', async ({
    browser,
    request,
  }) => {
    test.slow() // a sign-in and two loads of the trip form
    const { tripId } = await draftTripMissingOneCitation(request)
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    const draftTitle = `Unreviewed memoir ${unique}`
    await (
      await apiAs(request, 'editor')
    ).post('/sources?draft=true', {
      kind: 'book',
      sourceClass: 'memoir',
      title: draftTitle,
      authors: [{ name: `Pak ${unique}` }],
      date: { year: 1994 },
    })
    const violations: string[] = []
    const context = await browser.newContext()
    await recordViolations(context, violations)
    const editor = await context.newPage()
    await signInToAdmin(editor, 'editor')
    await editor.goto(`${CMS_URL}/admin/collections/trips/${tripId}`)
    await editor.getByRole('button', { name: 'Add Citation' }).click()
    await editor.locator('#field-citations__2__fact').selectOption({ label: 'Certainty of the trip' })
    const search = editor.locator('#field-citations__2__source')

    // The seed holds two dictionaries by Hoare: an author's name finds both, and each says which it is.
    await search.fill('Hoare')
    const hoare = editor.getByRole('option').filter({ hasText: 'Hoare' })
    await expect(hoare).toHaveCount(2)
    const lines = await hoare.locator('.source-picker__details').allInnerTexts()
    expect(new Set(lines).size).toBe(2)
    for (const line of lines) expect(line).toMatch(/Hoare · \d{4} · book .*· Approved/)

    // A draft source is found by its author and year and marked as holding up approval.
    await search.fill(`Pak ${unique} 1994`)
    const draft = editor.getByRole('option').filter({ hasText: draftTitle })
    await expect(draft).toContainText('not yet approved')
    await search.press('Enter')
    await expect(editor.getByTestId('source-picker').nth(2)).toContainText(
      'this record can be approved only once this source is',
    )
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect(editor.getByText(/saved successfully/i)).toBeVisible()
    await editor.reload()
    // Each citation row is labelled by its fact and source in words.
    const rowLabels = editor.locator('.citation-row-label')
    await expect(rowLabels.nth(0)).toHaveText(/^01 · Stop 1: dates — Ciphered telegram \S+, p\. 2$/)
    await expect(rowLabels.nth(2)).toHaveText(`03 · Certainty of the trip — ${draftTitle}`)
    await expect(editor.getByTestId('approval-blockers')).toContainText(
      `cited sources not yet approved: "${draftTitle}"`,
    )
    expect(violations).toEqual([])
  })
})
