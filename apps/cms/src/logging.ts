import { defaultLoggerOptions, type Config } from 'payload'
import { env } from './env'

type TLoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>

/** Pino's number for `error`: what is logged at it or above is something that went wrong. */
const ERROR_LEVEL = 50

/** The HTTP status an error answers with; the GraphQL handler wraps Payload's errors in its own. */
function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined
  if ('status' in err && typeof err.status === 'number') return err.status
  return 'originalError' in err ? statusOf(err.originalError) : undefined
}

/**
 * A refusal (a 4xx answer: not signed in, forbidden, a locked account, a refused workflow step,
 * invalid input) is the system working: one info line with its message, not an error with a
 * stack trace. Errors without a 4xx status (5xx, or none) stay errors.
 */
const demoteRefusals: NonNullable<TLoggerConfig['options']['hooks']> = {
  logMethod(args, method, level) {
    const [first] = args
    const err: unknown = typeof first === 'object' && first !== null && 'err' in first ? first.err : undefined
    const status = statusOf(err)
    if (level >= ERROR_LEVEL && status !== undefined && status >= 400 && status < 500) {
      return this.info(`Refused (${status}): ${(err as Error).message}`)
    }
    return method.apply(this, args)
  },
}

/**
 * In tests, lines go through the console, where vitest keeps each with the test that logged it
 * and prints them only when that test fails (`silent: 'passed-only'` in vitest.config.ts).
 */
const throughConsole = { write: (line: string) => console.log(line.trimEnd()) }

/** Payload's logger: refusals at info; elsewhere Payload's own readable output. */
export const logger: TLoggerConfig = {
  options: { level: env.LOG_LEVEL, hooks: demoteRefusals },
  destination: env.NODE_ENV === 'test' ? throughConsole : defaultLoggerOptions,
}
