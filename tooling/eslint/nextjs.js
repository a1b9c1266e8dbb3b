import nextPlugin from '@next/eslint-plugin-next'
import base from './base.js'

/** Base rules plus Next.js' own (core web vitals). */
export default [
  ...base,
  {
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },
]
