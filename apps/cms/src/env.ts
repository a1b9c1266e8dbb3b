import { DEVELOPMENT_SECRET } from './developmentSecret'
import { parseCmsEnv } from './envSchema'

// `next build` and Payload's code generators load the config with no database or secret.
const isBuild =
  process.env.NEXT_PHASE === 'phase-production-build' ||
  process.argv.some((arg) => arg === 'generate:types' || arg === 'generate:importmap')

/** The CMS's validated configuration: nothing else reads process.env. */
export const env = parseCmsEnv(
  isBuild
    ? {
        DATABASE_URL: 'postgres://build@localhost/build',
        PAYLOAD_SECRET: DEVELOPMENT_SECRET,
        ...process.env,
        NODE_ENV: 'development',
      }
    : process.env,
)
