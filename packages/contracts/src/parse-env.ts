import type { z } from 'zod'

/** Validates an app's environment, naming every variable that is missing or wrong at once. */
export function parseEnvironment<TSchema extends z.ZodType>(
  schema: TSchema,
  source: Record<string, string | undefined>,
  appName: string,
): z.infer<TSchema> {
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
  throw new Error(`Invalid environment for ${appName}:\n${problems}\nSee .env.example for every variable.`)
}
