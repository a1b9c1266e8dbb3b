import { expect, test } from '@playwright/test'
import { WEB_URL } from '../playwright.config'
import { failOnCspViolations } from './helpers'

// Every reader page (apps/web/src/pages/), kept or rendered per request, and the 404 of any other
// address (the proxy's, a later page's past the last): none needs a script and none is sent one.
const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/trips/1949-03-soviet-union', 200],
  ['/trips/no-such-trip', 404],
  ['/leaders/kim-il-sung', 200],
  ['/leaders/no-such-leader', 404],
  ['/leaders/kim-il-sung/trips/9999', 404],
  ['/countries/china', 200],
  ['/countries/china/visits/1', 404],
  ['/sources/1', 200],
  ['/sources/1/cited-by/9999', 404],
  ['/search?q=moscow', 200],
  ['/no-such-page', 404],
  ['/trips/1949-03-soviet-union/no-such-page', 404],
  ['/api/no-such-route', 404],
  ['/data/no-such-export.json', 404],
  ['/favicon.ico', 404],
  ['/sitemaps/2.xml/no-such-page', 404],
]
const STRICT = [`script-src 'none'`, `object-src 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`]

test.describe('[READER]: pages without JavaScript under a static strict policy', () => {
  failOnCspViolations()
  for (const [path, status] of PAGES) {
    test(`should send ${path} with no script but JSON-LD, no RSC payload, and run it unviolated`, async ({
      page,
      request,
    }) => {
      const scripts: string[] = []
      page.on('request', (sent) => {
        if (sent.resourceType() === 'script') scripts.push(sent.url())
      })
      const response = (await page.goto(`${WEB_URL}${path}`))!
      expect(response.status()).toBe(status)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

      const policy = response.headers()['content-security-policy']!
      for (const directive of STRICT) expect(policy).toContain(directive)
      expect(policy).not.toMatch(/nonce|unsafe/)
      // The same policy for everyone: nothing in it is per response.
      expect((await request.get(`${WEB_URL}${path}`)).headers()['content-security-policy']).toBe(policy)

      const html = await response.text()
      expect(html).not.toContain('self.__next_f')
      expect(html).not.toContain('__NEXT_DATA__')
      expect(
        await page.locator('script').evaluateAll((found) => found.map((script) => script.getAttribute('type'))),
      ).toEqual(status === 200 && path.startsWith('/trips/') ? ['application/ld+json'] : [])
      expect(await page.locator('link[rel="preload"][as="script"], link[rel="modulepreload"]').count()).toBe(0)
      expect(scripts).toEqual([])
    })
  }
})
