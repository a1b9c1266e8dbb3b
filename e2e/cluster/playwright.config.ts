import { defineConfig } from '@playwright/test'

// Several instances of each app behind nginx (cluster.ts starts them all): HTTP only, no browser.
export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Deadlines that only stop a hang: starting four production servers on a small machine takes minutes.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: 'list',
})
