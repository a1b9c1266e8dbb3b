import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'] } },
      { extends: true, test: { name: 'int', include: ['src/**/*.int.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
})
