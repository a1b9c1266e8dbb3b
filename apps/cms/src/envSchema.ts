import { trustedProxyProblem } from '@itinera/contracts/http-security'
import { parseEnvironment } from '@itinera/contracts/parse-env'
import { z } from 'zod'
import { DEVELOPMENT_SECRET } from './developmentSecret'

// Compose passes an unset optional variable as an empty string.
const optional = <TSchema extends z.ZodType>(schema: TSchema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const ZCmsEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** PostgreSQL connection string; the local stack sets it to its embedded server. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection string' }),
    /**
     * Comma-separated connection strings of streaming replicas of DATABASE_URL: Payload's reads
     * outside a transaction go to them; writes, workflow steps and raw SQL stay on the primary.
     */
    DATABASE_READ_REPLICA_URLS: optional(
      z
        .string()
        .transform((value) => value.split(',').map((url) => url.trim()))
        .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, error: 'must be postgres:// connection strings' })).min(1)),
    ),
    /** Signs sessions and API keys: 32+ random characters in production. */
    PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters'),
    /** Public origin of the CMS (the admin's own URL, CSRF). */
    CMS_URL: z.url().default('http://localhost:3000'),
    /** Public origin of the reader: where approvals are announced (/api/revalidate). */
    WEB_URL: z.url().default('http://localhost:3001'),
    /** Shared with the reader: signs revalidation calls. Unset: the reader refreshes by its cache TTL only. */
    REVALIDATE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /**
     * Where the CMS reaches the reader's /api/revalidate, when not at WEB_URL (a container network):
     * comma-separated, one per reader instance, since each keeps the pages it answered 410 or 403 in its own memory.
     */
    REVALIDATE_URL: optional(
      z
        .string()
        .transform((value) => value.split(',').map((url) => url.trim()))
        .pipe(z.array(z.url()).min(1)),
    ),
    /** A background job not heard of for this long is taken to have lost its process, and run by another instance. */
    JOB_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Create one demo login per role on seed: local demos only, never a real deployment. */
    SEED_DEMO_LOGINS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** Load the seed dataset (approved trips and sources) into an empty system. */
    SEED_DATASET: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** Sign-in attempts (login, password reset, first user) one address may make a minute. */
    SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    /**
     * Reader list reads (trip lists, leader, country and source pages, search, stats, exports,
     * sitemap) one CMS process runs at once; more wait in line, and past HEAVY_READS_WAITING they
     * are answered 503. One leaves the other core of a small machine to single-record reads.
     */
    HEAVY_READS_AT_ONCE: z.coerce.number().int().min(1).default(1),
    HEAVY_READS_WAITING: z.coerce.number().int().min(0).default(32),
    /**
     * Comma-separated addresses or CIDR ranges of the proxies in front of the CMS whose
     * X-Forwarded-For entries are believed (compose: the edge). Empty: the socket's peer is the client.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .superRefine((entries, ctx) => {
        for (const entry of entries) {
          const problem = trustedProxyProblem(entry)
          if (problem) ctx.addIssue({ code: 'custom', message: problem })
        }
      }),
    /** Redis shared by several CMS instances for the per-address limits. Unset: each process counts in memory. */
    REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
    /** SMTP server for account mails (password reset), e.g. smtp://user:pass@mail:587. Unset: the link is logged. */
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })),
    /** Sender of account mails. */
    EMAIL_FROM_ADDRESS: z.email().default('no-reply@itinera.invalid'),
    EMAIL_FROM_NAME: z.string().min(1).default('Itinera'),
    /** The least severe log lines written (refusals are `info`, see logging.ts); e2e keeps `warn`. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Where a DOI is looked up (content negotiation for CSL-JSON): the resolver, or a stand-in in tests. */
    DOI_BASE_URL: z.url().default('https://doi.org'),
    /** Where an ISBN is looked up (Open Library's Books API). */
    OPEN_LIBRARY_BASE_URL: z.url().default('https://openlibrary.org'),
    /** The Wayback Machine: addresses under it are read as snapshots (archive date, original address). */
    WAYBACK_BASE_URL: z.url().default('https://web.archive.org'),
    /**
     * Comma-separated host names or IP literals the server may fetch from although they resolve to
     * private, loopback or link-local addresses: local stand-ins in tests and development only.
     */
    OUTBOUND_ALLOW_PRIVATE_HOSTS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) =>
            entry
              .trim()
              .replace(/^\[(.*)\]$/, '$1')
              .toLowerCase(),
          )
          .filter(Boolean),
      ),
    /** Limits of every server-side fetch of an address an editor gave (see outbound/guardedFetch.ts). */
    OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    OUTBOUND_MAX_BYTES: z.coerce.number().int().min(1024).default(5_000_000),
    OUTBOUND_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
    /** Hours between two checks of a source's addresses (the sweep's schedule, sources/linkChecks/). */
    LINK_CHECK_INTERVAL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(24),
    /** Checks at once in all, at once to one host, and the pause between two requests to one host. */
    LINK_CHECK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    LINK_CHECK_PER_HOST: z.coerce.number().int().min(1).max(16).default(2),
    LINK_CHECK_HOST_DELAY_MS: z.coerce.number().int().min(0).default(1000),
    /** One check's time limit (DNS, connection, redirects and body) and how much of a page it reads. */
    LINK_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    LINK_CHECK_MAX_BYTES: z.coerce.number().int().min(1024).default(2_000_000),
    /** The Wayback Machine's availability API, asked for an archived copy of a dead address. */
    WAYBACK_AVAILABILITY_URL: z.url().default('https://archive.org/wayback/available'),
    /** Ask the archive to save a new address ("save page now") when its first check finds it live. */
    ARCHIVE_SAVE_NEW_LINKS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    ARCHIVE_SAVE_URL: z.url().default('https://web.archive.org/save'),
    /** Server-Timing (queries and database time) on tRPC answers: for `pnpm bench`, not for the public. */
    SERVER_TIMING: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    // Demo logins have published passwords: only for a production build run on this machine.
    if (env.SEED_DEMO_LOGINS && !['localhost', '127.0.0.1'].includes(new URL(env.CMS_URL).hostname)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO_LOGINS'],
        message: `demo logins have public passwords: not allowed on ${env.CMS_URL}`,
      })
    }
    if (env.PAYLOAD_SECRET === DEVELOPMENT_SECRET || env.PAYLOAD_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'production needs its own secret of 32+ random characters (e.g. `openssl rand -hex 32`), not the development one',
      })
    }
  })

export type TCmsEnv = z.infer<typeof ZCmsEnvSchema>

/** Validates the CMS's environment, naming every variable that is missing or wrong. */
export const parseCmsEnv = (source: Record<string, string | undefined>): TCmsEnv =>
  parseEnvironment(ZCmsEnvSchema, source, 'the CMS')
