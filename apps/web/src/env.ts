import { parseEnvironment } from '@itinera/contracts/parse-env'
import { z } from 'zod'

const ZWebEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Where the reader's server reaches the CMS (tRPC at /api/trpc); may be an internal address. */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** The reader's public origin: canonical links, feeds, sitemap, "cite this page". */
  WEB_URL: z.url().default('http://localhost:3001'),
  /** Shared with the CMS: signs its calls to /api/revalidate. Unset: the endpoint refuses every call. */
  REVALIDATE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Redis shared by several reader instances for Next's data cache (cache-handler.mjs), so an
   * approval revalidates every instance. Unset: each instance caches on its own disk.
   */
  REDIS_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  ),
})

export type TWebEnv = z.infer<typeof ZWebEnvSchema>

/** The reader's validated configuration: nothing else reads process.env. */
export const env = parseEnvironment(ZWebEnvSchema, process.env, 'the reader')
