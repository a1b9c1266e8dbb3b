import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { WEB_URL } from '../playwright.config'

const TRIP = '/trips/1949-03-soviet-union'

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

test.describe('[READER]: verified pages with per-fact footnotes', () => {
  test('should browse home → leader → trip → footnote → source, and back to the fact', async ({ page }) => {
    await page.goto(WEB_URL)
    await page.getByTestId('leader-list').getByRole('link', { name: 'Kim Il Sung' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kim Il Sung')
    await expect(page.getByRole('heading', { name: '1950s' })).toBeVisible()
    await page.getByRole('link', { name: 'Visit to the Soviet Union' }).first().click()
    await expect(page).toHaveURL(new RegExp(`${TRIP}$`))

    // The meeting with Stalin carries its footnotes; the first leads to its note.
    const meeting = page.locator('dd', { hasText: 'Joseph Stalin' })
    await expect(meeting).toContainText('Secretary of the Communist Party of the Soviet Union')
    const marker = meeting.locator('sup.fn a').first()
    const note = (await marker.getAttribute('href'))!
    await marker.click()
    await expect(page).toHaveURL(new RegExp(`${note}$`))
    const reference = page.locator(note)
    await expect(reference).toBeVisible()

    // The note's back-links return to each use in the text.
    const backlinks = reference.locator('.backlinks a')
    expect(await backlinks.count()).toBeGreaterThan(1)
    await backlinks.first().click()
    await expect(page).toHaveURL(/#cite-ref-\d+-a$/)

    await page.goto(`${WEB_URL}${TRIP}${note}`)
    await reference.locator('.source-line a').first().click()
    await expect(page).toHaveURL(/\/sources\/\d+$/)
    await expect(page.getByRole('heading', { name: /Facts citing this source/ })).toBeVisible()
    await expect(page.locator('.cited-by')).toContainText('Visit to the Soviet Union')
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBeTruthy()
  })

  test('should say where sources differ and where a country was not given, as the list does', async ({ page }) => {
    await page.goto(`${WEB_URL}/leaders/kim-il-sung`)
    await page
      .getByRole('link', { name: /22nd Congress/i })
      .first()
      .click()
    await expect(page.locator('.stop h3').first()).toHaveText(/Country not given/)
  })

  test('should read with JavaScript off: pages, footnotes and search', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${WEB_URL}${TRIP}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visit to the Soviet Union')
    const marker = page.locator('sup.fn a').first()
    await marker.click()
    await expect(page).toHaveURL(/#cite-note-\d+$/)
    await page.goto(`${WEB_URL}/search`)
    await page.getByLabel('Trips, places, people and sources').fill('Ulan Bator')
    await page.getByRole('button', { name: 'Search' }).click()
    const results = page.locator('.search-results')
    await expect(results.getByRole('link', { name: /Ulaanbaatar/ })).toBeVisible()
    await expect(results.locator('mark').first()).toHaveText(/ulan|bator/i)
    await context.close()
  })

  test('should export a source for reference managers', async ({ request, page }) => {
    await page.goto(`${WEB_URL}${TRIP}`)
    const href = (await page.locator('.references .source-line a').first().getAttribute('href'))!
    const bibtex = await request.get(`${WEB_URL}${href}/export/bibtex`)
    expect(bibtex.headers()['content-type']).toContain('application/x-bibtex')
    expect(await bibtex.text()).toMatch(/^@\w+\{/)
    const ris = await request.get(`${WEB_URL}${href}/export/ris`)
    expect(await ris.text()).toMatch(/^TY {2}- /)
    const csl = await request.get(`${WEB_URL}${href}/export/csl-json`)
    expect((await csl.json())[0]).toHaveProperty('title')
  })

  test('should publish open data, a feed and a sitemap', async ({ request }) => {
    const json = await (await request.get(`${WEB_URL}/data/trips.json`)).json()
    expect(json.license.id).toBe('CC-BY-4.0')
    expect(json.trips.length).toBeGreaterThanOrEqual(39)
    const sourceIds = new Set(json.sources.map((source: { id: number }) => source.id))
    expect(json.trips.filter((trip: { citations: unknown[] }) => trip.citations.length === 0)).toEqual([])
    expect(
      json.trips.every((trip: { citations: { sourceId: number }[] }) =>
        trip.citations.every((citation) => sourceIds.has(citation.sourceId)),
      ),
    ).toBe(true)
    const csv = await (await request.get(`${WEB_URL}/data/trips.csv`)).text()
    expect(csv.split('\n')[0]).toContain('trip,title,leader,certainty,stop,start,end,precision,country')
    expect(await (await request.get(`${WEB_URL}/feed.xml`)).text()).toContain('<feed')
    expect(await (await request.get(`${WEB_URL}/sitemap.xml`)).text()).toContain(`${TRIP}</loc>`)
  })

  test('should answer 404 for what is not approved or does not exist', async ({ request }) => {
    expect((await request.get(`${WEB_URL}/trips/no-such-trip`)).status()).toBe(404)
    expect((await request.get(`${WEB_URL}/sources/999999`)).status()).toBe(404)
    expect((await request.get(`${WEB_URL}/countries/atlantis`)).status()).toBe(404)
    // Every seeded record's trips fit on its own page: there is no page 2, and page 1 has no second URL.
    for (const path of [
      '/leaders/kim-il-sung/trips/2',
      '/leaders/kim-il-sung/trips/1',
      '/countries/soviet-union/visits/2',
    ])
      expect((await request.get(`${WEB_URL}${path}`)).status(), path).toBe(404)
  })

  for (const path of ['/', '/leaders/kim-il-sung', TRIP, '/countries/soviet-union', '/search?q=moscow']) {
    test(`should have no axe violations on ${path}`, async ({ page }) => {
      await page.goto(`${WEB_URL}${path}`)
      await expectNoAxeViolations(page)
    })
  }

  test('should have no axe violations on a source page', async ({ page }) => {
    await page.goto(`${WEB_URL}${TRIP}`)
    await page.locator('.references .source-line a').first().click()
    await expectNoAxeViolations(page)
  })
})
