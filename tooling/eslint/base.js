import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Shared rules for every TypeScript package of the workspace. */
export default tseslint.config(
  { ignores: ['**/.next/**', '**/.turbo/**', '**/node_modules/**', '**/*.d.ts', '**/test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only env.ts files may read the environment (see each app's env.ts).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: "Read configuration from the package's env.ts." },
      ],
    },
  },
  {
    files: ['**/env.ts', '**/*.config.{ts,js,mjs}', '**/cli/**', '**/*.test.ts', '**/*.spec.ts', '**/test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
)
