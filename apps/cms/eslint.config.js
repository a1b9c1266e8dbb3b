import nextjs from '@itinera/eslint-config/nextjs'

export default [
  ...nextjs,
  { ignores: ['src/app/(payload)/admin/importMap.js', 'src/migrations/**', 'src/payload-types.ts'] },
]
