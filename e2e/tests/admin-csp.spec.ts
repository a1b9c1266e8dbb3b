import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { recordViolations, signInToAdmin } from './helpers'

/** The directive's sources in a policy, or undefined when the policy has no such directive. */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1)

test.describe('[ADMIN-CSP]: the admin runs under a nonce-based policy', () => {
  test('should put the page’s nonce on every script and run the admin under it without a violation', async ({
    context,
    page,
    request,
  }) => {
    const violations: string[] = []
    await recordViolations(context, violations)
    const response = await page.goto(`${CMS_URL}/admin/login`)
    const headers = await response!.headersArray()
    // One policy (the proxy's replaces next.config.ts's), with a nonce, and no inline or eval'd script.
    const policies = headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    expect(policies).toHaveLength(1)
    const policy = policies[0]!.value
    const scripts = directive(policy, 'script-src')!
    const nonce = scripts.find((source) => source.startsWith(`'nonce-`))?.slice(7, -1)
    expect(nonce).toBeTruthy()
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, `'strict-dynamic'`])
    expect(directive(policy, 'default-src')).toEqual([`'self'`])
    expect(directive(policy, 'object-src')).toEqual([`'none'`])
    expect(directive(policy, 'base-uri')).toEqual([`'none'`])
    expect(directive(policy, 'frame-ancestors')).toEqual([`'none'`])
    expect(directive(policy, 'form-action')).toEqual([`'self'`])
    expect(response!.headers()['x-frame-options']).toBe('DENY')

    // Next's scripts all carry this response's nonce; another response gets another.
    const scriptNonces = await page
      .locator('script')
      .evaluateAll((elements) => elements.map((script) => (script as HTMLScriptElement).nonce))
    expect(scriptNonces.length).toBeGreaterThan(0)
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]))
    const again = (await request.get(`${CMS_URL}/admin/login`)).headers()['content-security-policy']
    expect(again).toMatch(/'nonce-[^']+'/)
    expect(again).not.toContain(nonce!)

    // Hydrated under it: the login form signs in without a violation.
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/trips`)
    await expect(page.getByRole('heading', { name: 'Trips' })).toBeVisible()
    await page.goto(`${CMS_URL}/admin/import`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })

  test('should refuse, and report, a script or a handler without the nonce in an admin page', async ({
    context,
    page,
  }) => {
    const violations: string[] = []
    await recordViolations(context, violations)
    // What an injection into the page's markup would add, with the page's own policy header.
    await page.route(`${CMS_URL}/admin/login`, async (route) => {
      const response = await route.fetch()
      const injected = `<script>window.injected = 'script'</script><img src="data:," onerror="window.injected = 'handler'">`
      await route.fulfill({ response, body: (await response.text()).replace('</body>', `${injected}</body>`) })
    })
    await page.goto(`${CMS_URL}/admin/login`)
    await expect
      .poll(() => violations.map((violation) => violation.split(' ')[1]))
      .toEqual(['script-src-elem', 'script-src-attr'])
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined()
  })

  test('should leave the API’s answers to the static policy, with no per-request nonce', async ({ request }) => {
    const headers = (await request.get(`${CMS_URL}/api/health`)).headersArray()
    const policies = headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    expect(policies).toHaveLength(1)
    expect(directive(policies[0]!.value, 'object-src')).toEqual([`'none'`])
    expect(policies[0]!.value).not.toContain('nonce-')
  })
})
