import { z } from 'zod'

const ZWebEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Where the reader's server reaches the CMS (tRPC at /api/trpc); may be an internal address. */
  CMS_URL: z.url().default('http://localhost:3000'),
})

export type TWebEnv = z.infer<typeof ZWebEnvSchema>

function parseEnv(): TWebEnv {
  const parsed = ZWebEnvSchema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Invalid environment for the reader:\n${problems}\nSee .env.example for every variable.`)
  }
  return parsed.data
}

export const env = parseEnv()
