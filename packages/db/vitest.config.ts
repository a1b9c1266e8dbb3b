import { testTimeouts } from '@itinera/vitest-config/base'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], ...testTimeouts.unit },
      },
      { extends: true, test: { name: 'int', include: ['src/**/*.int.test.ts'], ...testTimeouts.int } },
    ],
  },
})
