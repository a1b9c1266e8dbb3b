import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { inheritedEnv } from '@itinera/db/env'
import { binOf, CMS_DIR, DATA_DIR, WEB_DIR } from '@itinera/db/paths'
import { ensureDatabase, startEmbeddedPostgres } from '@itinera/db/postgres'
import { runToCompletion } from '@itinera/db/run-to-completion'
import {
  createFreshDatabase,
  dropTestRunDatabases,
  newTestRunId,
  startTestDatabaseServer,
} from '@itinera/db/test-database'
import getPort from 'get-port'
import { readStackEnv } from './env'

const DATABASE_NAME = 'itinera'
const EMBEDDED_PORT = 54329

export interface TDatabase {
  url: string
  /** Where it came from, for the banner. */
  origin: string
  release(): Promise<void>
}

/**
 * The database of the local stack: DATABASE_URL when set; otherwise the embedded cluster in
 * .data/ (kept between runs), or with `ephemeral` a fresh database that is gone afterwards.
 */
export async function openDatabase({ ephemeral = false } = {}): Promise<TDatabase> {
  if (ephemeral) {
    const server = await startTestDatabaseServer()
    const runId = newTestRunId()
    return {
      url: await createFreshDatabase(server.serverUrl, runId, 'stack'),
      origin: 'a throw-away database',
      release: async () => {
        // A signal to the whole process group may already be stopping an embedded server,
        // whose files go with it; only a shared TEST_DATABASE_URL server needs the cleanup.
        await dropTestRunDatabases(server.serverUrl, runId).catch(() => {})
        await server.stop()
      },
    }
  }
  const { DATABASE_URL } = readStackEnv()
  if (DATABASE_URL) return { url: DATABASE_URL, origin: 'DATABASE_URL', release: async () => {} }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    persistent: true,
    preferredPort: EMBEDDED_PORT,
  })
  await ensureDatabase(server.urlFor('postgres'), DATABASE_NAME)
  return {
    url: server.urlFor(DATABASE_NAME),
    origin: `embedded PostgreSQL, data in ${server.dataDir}, port ${server.port}`,
    release: () => server.stop(),
  }
}

/**
 * A secret from the environment when set, else one generated for this checkout and kept in .data/;
 * an ephemeral run (e2e, bench) gets a throw-away one, so it leaves nothing in .data/.
 */
async function checkoutSecret(fromEnv: string | undefined, name: string, ephemeral: boolean): Promise<string> {
  if (fromEnv) return fromEnv
  if (ephemeral) return randomBytes(32).toString('hex')
  const file = path.join(DATA_DIR, name)
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(DATA_DIR, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

const payloadSecret = (ephemeral: boolean) => checkoutSecret(readStackEnv().PAYLOAD_SECRET, 'payload-secret', ephemeral)
/** Signs the CMS's revalidation calls to the reader. */
const revalidateSecret = (ephemeral: boolean) =>
  checkoutSecret(readStackEnv().REVALIDATE_SECRET, 'revalidate-secret', ephemeral)

export interface TAppsEnv {
  cms: NodeJS.ProcessEnv
  web: NodeJS.ProcessEnv
  cmsUrl: string
  webUrl: string
}

export async function appsEnv(
  databaseUrl: string,
  mode: 'production' | 'development',
  { ephemeral = false } = {},
): Promise<TAppsEnv> {
  const revalidate = await revalidateSecret(ephemeral)
  const { CMS_PORT: cmsPort, WEB_PORT: webPort, CMS_URL, WEB_URL, SEED_DEMO_LOGINS, SEED_DATASET } = readStackEnv()
  const cmsUrl = CMS_URL ?? `http://localhost:${cmsPort}`
  const webUrl = WEB_URL ?? `http://localhost:${webPort}`
  const shared = { ...inheritedEnv(), NODE_ENV: mode, CMS_URL: cmsUrl, WEB_URL: webUrl, NEXT_TELEMETRY_DISABLED: '1' }
  return {
    cmsUrl,
    webUrl,
    cms: {
      ...shared,
      PORT: String(cmsPort),
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: await payloadSecret(ephemeral),
      REVALIDATE_SECRET: revalidate,
      SEED_DEMO_LOGINS,
      SEED_DATASET,
    },
    web: { ...shared, PORT: String(webPort), REVALIDATE_SECRET: revalidate },
  }
}

/** Applies the committed migrations. */
export const migrate = (cmsEnv: NodeJS.ProcessEnv) =>
  runToCompletion(binOf(CMS_DIR, 'payload'), ['migrate'], CMS_DIR, cmsEnv)

/** Loads the demo content where it is missing (idempotent). */
export const seed = (cmsEnv: NodeJS.ProcessEnv) =>
  runToCompletion(binOf(CMS_DIR, 'payload'), ['run', 'src/seed/run.ts'], CMS_DIR, cmsEnv)

async function assertPortFree(url: string) {
  const port = Number(new URL(url).port)
  if ((await getPort({ port })) !== port) {
    throw new Error(`Port ${port} is in use (needed for ${url}). Stop what uses it, or set CMS_PORT / WEB_PORT.`)
  }
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited before it answered`)
    const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

export interface TRunAppsOptions {
  mode: 'production' | 'development'
  ephemeral?: boolean
  /** Printed once both apps answer. */
  banner?: (env: TAppsEnv, database: TDatabase) => string
}

/** The whole system: database, migrations, seed, CMS and reader, until Ctrl-C. */
export async function runStack({ mode, ephemeral = false, banner }: TRunAppsOptions): Promise<void> {
  if (mode === 'production') {
    for (const dir of [CMS_DIR, WEB_DIR]) {
      if (!existsSync(path.join(dir, '.next/BUILD_ID'))) {
        throw new Error(
          `${path.relative(process.cwd(), dir) || dir} has no production build: run \`pnpm build\` first.`,
        )
      }
    }
  }
  const database = await openDatabase({ ephemeral })
  const children: ChildProcess[] = []
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
          }),
      ),
    )
    await database.release().catch((error: unknown) => console.error('Stopping the database failed:', error))
    process.exit(code)
  }
  process.once('SIGINT', () => void stop(0))
  process.once('SIGTERM', () => void stop(0))

  try {
    const env = await appsEnv(database.url, mode, { ephemeral })
    await Promise.all([assertPortFree(env.cmsUrl), assertPortFree(env.webUrl)])
    await migrate(env.cms)
    await seed(env.cms)
    // The reader's data cache holds what the CMS answered last time, perhaps from another database
    // (an ephemeral run, a restore): start it empty, so every page is read from this database.
    await rm(path.join(WEB_DIR, '.next/cache/fetch-cache'), { recursive: true, force: true })
    const nextCommand = mode === 'production' ? 'start' : 'dev'
    const start = (dir: string, appEnv: NodeJS.ProcessEnv) => {
      // Own process group: a terminal's Ctrl-C reaches only this process, which stops the apps in order.
      const child = spawn(binOf(dir, 'next'), [nextCommand, '--port', appEnv.PORT!], {
        cwd: dir,
        env: appEnv,
        detached: true,
        stdio: ['ignore', 'inherit', 'inherit'],
      })
      child.on('exit', (code, signal) => {
        if (stopping) return
        console.error(`${path.basename(dir)} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down.`)
        void stop(1)
      })
      children.push(child)
      return child
    }
    const cms = start(CMS_DIR, env.cms)
    await waitFor(`${env.cmsUrl}/api/health`, cms)
    const web = start(WEB_DIR, env.web)
    await waitFor(env.webUrl, web)
    if (banner) console.log(banner(env, database))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await stop(1)
  }
}
