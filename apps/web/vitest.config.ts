import { testTimeouts } from '@itinera/vitest-config/base'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // tsconfig keeps JSX for Next to compile; the tests compile it themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  test: { include: ['src/**/*.test.{ts,tsx}'], exclude: ['**/*.int.test.ts'], ...testTimeouts.unit },
})
