import { testTimeouts } from '@itinera/vitest-config/base'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], exclude: ['**/*.int.test.ts'], ...testTimeouts.unit },
})
