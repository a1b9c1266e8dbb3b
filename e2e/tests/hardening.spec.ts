import { factPath } from '@itinera/contracts/trip-facts'
import { expect, test } from '@playwright/test'
import { CMS_URL, WEB_URL } from '../playwright.config'
import { apiAs } from './api'
import { recordViolations, signInToAdmin } from './helpers'

// Markup an editor might paste, or an attacker store: it must show as text and never run.
const PAYLOAD = `<script>window.__injected = 'script'</script><img src="x" onerror="window.__injected = 'onerror'">`

test.describe('hardening', () => {
  test('should send the static strict policy and the baseline headers on a reader page, and the reader works under them', async ({
    context,
    page,
    request,
  }) => {
    const violations: string[] = []
    await recordViolations(context, violations)
    // Every reader page ships no script (reader-no-script.spec.ts), so none needs a nonce.
    const response = await page.goto(`${WEB_URL}/leaders/kim-il-sung`)
    const policy = response!.headers()['content-security-policy']!
    expect(policy).toContain(`script-src 'none'`)
    expect(policy).not.toMatch(/nonce|unsafe-inline/)
    expect(policy).toContain(`frame-ancestors 'none'`)
    expect(response!.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    })
    // Links are plain page loads: the search page opens from the header.
    await page.getByRole('link', { name: 'Search' }).first().click()
    await expect(page).toHaveURL(/\/search/)
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    expect(violations).toEqual([])
    // HSTS only when the request came over TLS (through the edge).
    expect((await request.get(`${WEB_URL}/`)).headers()['strict-transport-security']).toBeUndefined()
    expect(
      (await request.get(`${WEB_URL}/`, { headers: { 'x-forwarded-proto': 'https' } })).headers()[
        'strict-transport-security'
      ],
    ).toContain('max-age=')
    expect((await request.get(`${CMS_URL}/admin/login`)).headers()).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
    })
  })

  test('should show stored markup as text in the reader and the admin, never run it', async ({ page, request }) => {
    const unique = Date.now().toString(36)
    const editor = await apiAs(request, 'editor')
    const reviewer = await apiAs(request, 'reviewer')
    const leader = (await editor.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')).docs[0]!
      .id
    const source = await editor.post<{ doc: { id: number } }>('/sources?draft=true', {
      kind: 'archival_document',
      sourceClass: 'archival',
      title: `Record ${PAYLOAD} ${unique}`,
    })
    await editor.post(`/sources/${source.doc.id}/workflow/submit`)
    await reviewer.post(`/sources/${source.doc.id}/workflow/approve`)
    const stop = `stop-${unique}`
    const trip = await editor.post<{ doc: { id: number; slug: string } }>('/trips?draft=true', {
      title: `Visit ${PAYLOAD} ${unique}`,
      slug: `markup-${unique}`,
      leader,
      certainty: 'confirmed',
      summary: PAYLOAD,
      stops: [{ id: stop, start: { year: 1958 }, details: [{ id: `d-${unique}`, text: PAYLOAD }] }],
      citations: [factPath.certainty(), factPath.stopDates(stop), factPath.detail(stop, `d-${unique}`)].map((fact) => ({
        fact,
        source: source.doc.id,
        quote: PAYLOAD,
        note: PAYLOAD,
      })),
    })
    await editor.post(`/trips/${trip.doc.id}/workflow/submit`)
    await reviewer.post(`/trips/${trip.doc.id}/workflow/approve`)

    for (const url of [
      `${WEB_URL}/trips/${trip.doc.slug}`,
      `${WEB_URL}/sources/${source.doc.id}`,
      `${WEB_URL}/search?q=${unique}`,
    ]) {
      await page.goto(url)
      await expect(page.getByText(`<script>window.__injected`).first()).toBeVisible()
      expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined()
      expect(await page.locator('main img[src="x"]').count()).toBe(0)
    }
    await signInToAdmin(page, 'editor')
    for (const url of [
      `${CMS_URL}/admin/collections/trips/${trip.doc.id}`,
      `${CMS_URL}/admin/collections/trips`,
      `${CMS_URL}/admin/collections/sources/${source.doc.id}`,
    ]) {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      // The record is there, its markup shown as text, and nothing of it ran.
      await expect(page.getByText(`<script>window.__injected`).first(), url).toBeVisible()
      expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected), url).toBeUndefined()
    }
  })
})
