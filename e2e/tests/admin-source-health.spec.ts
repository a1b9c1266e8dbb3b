import { createServer, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { CMS_URL, LOOKUP_SERVICES_PORT } from '../playwright.config'
import { apiAs, approvedTrip } from './api'
import { recordViolations, signInToAdmin } from './helpers'

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SITE = `http://127.0.0.1:${LOOKUP_SERVICES_PORT}/site/${unique}`
const snapshotOf = (url: string) => `http://web.archive.test/web/20190315083000/${url}`

// A site whose pages are gone for good (410), and the Wayback Machine's availability API with a copy of each.
let services: Server

test.beforeAll(async () => {
  services = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://services.test')
    if (url.pathname.startsWith(`/site/${unique}/`)) {
      response.writeHead(410, { 'content-type': 'text/html' }).end('<h1>Gone</h1>')
    } else if (url.pathname === '/wayback/available') {
      const asked = url.searchParams.get('url') ?? ''
      const closest = { status: '200', available: true, url: snapshotOf(asked), timestamp: '20190315083000' }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ url: asked, archived_snapshots: asked.startsWith(SITE) ? { closest } : {} }))
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
    }
  })
  await new Promise<void>((resolve) => services.listen(LOOKUP_SERVICES_PORT, '127.0.0.1', resolve))
})

test.afterAll(
  () =>
    new Promise<void>((resolve) => {
      services.closeAllConnections()
      services.close(() => resolve())
    }),
)

const webPage = (title: string, path: string) => ({
  kind: 'web_page',
  sourceClass: 'news',
  title,
  url: `${SITE}/${path}`,
  accessDate: '2019-03-01',
})

test.describe('[SOURCES]: the source health view', () => {
  test('should list a source whose address is gone as dead, with its archived copy, the most relied on first', async ({
    page,
    context,
    request,
  }) => {
    const violations: string[] = []
    await recordViolations(context, violations)
    // Saving an address queues its check: the cited source's two facts are on an approved trip, the other's on none.
    const cited = `Relied-on report ${unique}`
    const uncited = `Unused report ${unique}`
    await approvedTrip(request, { source: webPage(cited, 'cited') })
    await (await apiAs(request, 'editor')).post('/sources?draft=true', webPage(uncited, 'uncited'))

    await signInToAdmin(page, 'reviewer')
    // Linked from the navigation (a drawer at this width), for staff.
    await expect(page.locator('a.source-health-nav-link')).toHaveAttribute('href', '/admin/source-health')
    await page.goto(`${CMS_URL}/admin/source-health`)
    await expect(page.getByRole('heading', { name: 'Source health' })).toBeVisible()
    const form = page.getByRole('form', { name: 'Filter sources' })
    await form.getByLabel('Status').selectOption('dead')
    await form.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/status=dead/)

    const row = (title: string) => page.getByTestId('source-health-row').filter({ hasText: title })
    // Listed once both checks have run (in the background, as soon as each save committed).
    await expect(async () => {
      await page.reload()
      await expect(row(cited)).toBeVisible({ timeout: 1000 })
      await expect(row(uncited)).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 60_000 })
    await expect(row(cited).getByRole('cell').nth(1)).toHaveText('dead')
    await expect(row(cited).getByRole('cell').nth(2)).toHaveText('2')
    await expect(row(cited).getByRole('cell').nth(3)).toContainText('HTTP 410')
    await expect(row(cited).getByRole('link', { name: snapshotOf(`${SITE}/cited`) })).toBeVisible()
    await expect(row(cited)).toContainText('(2019-03-15)')
    await expect(row(uncited).getByRole('cell').nth(2)).toHaveText('0')
    // The most relied on first.
    const rows = await page.getByTestId('source-health-row').allTextContents()
    expect(rows.findIndex((text) => text.includes(cited))).toBeLessThan(
      rows.findIndex((text) => text.includes(uncited)),
    )

    await form.getByLabel('At least').fill('2')
    await form.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/minFacts=2/)
    await expect(row(cited)).toBeVisible()
    await expect(row(uncited)).toHaveCount(0)
    expect(violations).toEqual([])
  })
})
