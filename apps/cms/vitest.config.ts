import path from 'node:path'
import { testTimeouts } from '@itinera/vitest-config/base'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') } },
  test: {
    // What a test printed (the CMS's log included, see src/logging.ts) is shown only when it failed.
    silent: 'passed-only',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], ...testTimeouts.unit },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts'],
          // One PostgreSQL server per run; each test file gets its own fresh database on it.
          globalSetup: ['src/test/globalSetup.ts'],
          env: { NODE_ENV: 'test' },
          // Payload's admin server functions (e.g. form state) import its UI package, which imports
          // CSS: Vite loads it, where Node alone cannot.
          server: { deps: { inline: [/@payloadcms\/ui/] } },
          ...testTimeouts.int,
        },
      },
    ],
  },
})
