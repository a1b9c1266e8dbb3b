import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { CMS_URL } from '../playwright.config'

export type TDemoRole = (typeof DEMO_LOGINS)[number]['role']

export const loginFor = (role: TDemoRole) => DEMO_LOGINS.find((login) => login.role === role)!

/** Signs in through the admin's own login form. */
export async function signInToAdmin(page: Page, role: TDemoRole) {
  const { email, password } = loginFor(role)
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * Reloads until the page shows it: the reader serves the new version once the CMS's revalidation
 * call is in. Up to a minute, a deadline that only stops a hang: the cache's own expiry is five.
 */
export const untilShown = (page: Page, locator: Locator) =>
  expect(async () => {
    await page.reload()
    await expect(locator).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 60_000 })

/**
 * Adds to `violations` every Content-Security-Policy violation any page of the context reports,
 * across navigations (the browser's `securitypolicyviolation` events, passed out as they happen).
 */
export async function recordViolations(context: BrowserContext, violations: string[]) {
  await context.exposeBinding('reportViolation', ({ page }, violation: string) => {
    violations.push(`${page.url()}: ${violation}`)
  })
  await context.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (violation: string) => void }).reportViolation
    document.addEventListener('securitypolicyviolation', (event) =>
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    )
  })
}

/**
 * For a spec whose pages must all run under their Content-Security-Policy, unviolated: each test's
 * own browser context is watched, and the test fails on any violation.
 */
export function failOnCspViolations() {
  const violations: string[] = []
  test.beforeEach(async ({ context }) => {
    violations.length = 0
    await recordViolations(context, violations)
  })
  test.afterEach(() => {
    expect(violations).toEqual([])
  })
}

/**
 * For a spec whose admin pages must all run under the admin's Content-Security-Policy, unviolated:
 * each test fails on any violation. Returns how its tests sign in, each in a new browser context
 * (`viewport` its size).
 */
export function signInWatchingCsp(viewport?: { width: number; height: number }) {
  let violations: string[] = []
  test.beforeEach(() => {
    violations = []
  })
  test.afterEach(() => {
    expect(violations).toEqual([])
  })
  return async (browser: Browser, role: TDemoRole): Promise<Page> => {
    const context = await browser.newContext(viewport ? { viewport } : {})
    await recordViolations(context, violations)
    const page = await context.newPage()
    await signInToAdmin(page, role)
    return page
  }
}
