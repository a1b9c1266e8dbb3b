import { parseEnvironment } from '@itinera/contracts/parse-env'
import { z } from 'zod'

export const ZPostgresUrlSchema = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'must be a postgres:// connection string',
})

const ZDbEnvSchema = z.object({
  /** Tests create their throw-away databases on this server instead of an embedded one. */
  TEST_DATABASE_URL: ZPostgresUrlSchema.optional(),
})

export type TDbEnv = z.infer<typeof ZDbEnvSchema>

/** Read on each call: the CLIs load .env first. */
export const readDbEnv = (): TDbEnv => parseEnvironment(ZDbEnvSchema, process.env, 'the database library')

/** The environment child processes inherit (PATH, locale…), before callers add their own. */
export const inheritedEnv = (): NodeJS.ProcessEnv => ({ ...process.env })
