import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Ports apart from the local stack's (3000/3001), so a running demo is left alone; E2E_PORT_BASE moves
// all four, so two checkouts can run the suite side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100)
const CMS_PORT = PORT_BASE
const WEB_PORT = PORT_BASE + 1
export const CMS_URL = `http://localhost:${CMS_PORT}`
export const WEB_URL = `http://localhost:${WEB_PORT}`
/** Where a spec serves stand-ins for doi.org and Open Library, which the e2e CMS looks identifiers up at. */
export const LOOKUP_SERVICES_PORT = PORT_BASE + 2
/** Where the CMS sends its mail: the suite's own SMTP server listens there while a test reads mail. */
export const SMTP_PORT = PORT_BASE + 3
/** Signs revalidation calls between the throw-away servers, so the suite can sign one too; never a real deployment's. */
export const E2E_REVALIDATE_SECRET = 'itinera-e2e-only-revalidation-secret-for-throw-away-servers'

// Debian's Chromium where present (Playwright's own download is not available everywhere).
export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Deadlines that only stop a hang: tests wait on what the page shows, never on a clock.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          // No background calls home: the network here is closed, and tests should not depend on it.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
        },
      },
    },
  ],
  // The whole system from production builds on a throw-away database (never .data/).
  webServer: {
    command: 'pnpm --dir .. exec tsx packages/stack/src/cli/start.ts --ephemeral',
    url: `${WEB_URL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      CMS_PORT: String(CMS_PORT),
      WEB_PORT: String(WEB_PORT),
      SEED_DEMO_LOGINS: 'true',
      REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
      // No server listens there unless a test does (mailbox.ts): mail sent meanwhile is logged as failed.
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // The suite signs in often from one address; the limit itself is tested in the CMS's integration tests.
      SIGN_IN_LIMIT_PER_MINUTE: '600',
      // Identifier lookups go to the spec's local stand-ins, which only an allowed private host can reach.
      DOI_BASE_URL: `http://127.0.0.1:${LOOKUP_SERVICES_PORT}/doi`,
      OPEN_LIBRARY_BASE_URL: `http://127.0.0.1:${LOOKUP_SERVICES_PORT}/openlibrary`,
      // So does the Wayback Machine's availability API, asked for a copy of a dead source.
      WAYBACK_AVAILABILITY_URL: `http://127.0.0.1:${LOOKUP_SERVICES_PORT}/wayback/available`,
      OUTBOUND_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      // The servers' output shows what went wrong, not every request the suite makes refused on purpose.
      LOG_LEVEL: 'warn',
    },
  },
})
