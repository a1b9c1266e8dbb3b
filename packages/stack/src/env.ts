import { parseEnvironment } from '@itinera/contracts/parse-env'
import { ZPostgresUrlSchema } from '@itinera/db/env'
import { z } from 'zod'

const ZStackEnvSchema = z.object({
  /** Use this PostgreSQL instead of the embedded one. */
  DATABASE_URL: ZPostgresUrlSchema.optional(),
  /** The CMS secret; generated once into .data/ when unset. */
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Signs the CMS's calls to the reader's /api/revalidate; generated once into .data/ when unset. */
  REVALIDATE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  CMS_URL: z.url().optional(),
  WEB_URL: z.url().optional(),
  SEED_DEMO_LOGINS: z.enum(['true', 'false']).default('true'),
  SEED_DATASET: z.enum(['true', 'false']).default('true'),
  /** Where the user typed the command (pnpm runs scripts from the workspace root). */
  INIT_CWD: z.string().optional(),
})

export type TStackEnv = z.infer<typeof ZStackEnvSchema>

/** Read on each call: the CLIs load .env first. */
export const readStackEnv = (): TStackEnv => parseEnvironment(ZStackEnvSchema, process.env, 'the local stack')
