import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { inheritedEnv } from '@itinera/db/env'
import { CMS_DIR, WEB_DIR, WORKSPACE_ROOT } from '@itinera/db/paths'
import { appsEnv, migrate, openDatabase, seed } from '@itinera/stack/stack'
import pg from 'pg'
import { describeScaleDataset, loadScaleDataset, type TScaleDataset } from './scale-dataset'

export const PORTS = { cms: 3200, web: 3201, edge: 3280, limit: 3290 }
export const CMS = `http://localhost:${PORTS.cms}`
export const WEB = `http://localhost:${PORTS.web}`
export const EDGE = `http://localhost:${PORTS.edge}`
export const log = (message: string) => console.error(`[bench] ${message}`)
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The scale dataset's size: 100,000 trips over 200 leaders, or 10,000 over 20 with --quick. */
export const scaleFor = (quick: boolean) => (quick ? { trips: 10_000, leaders: 20 } : { trips: 100_000, leaders: 200 })

/** The value after `--name` on the command line, if given. */
export const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}

export async function waitFor(url: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return
    await sleep(500)
  }
  throw new Error(`${url} did not answer`)
}

/** Slugs of the scale dataset's trips (`…-k<n>`), newest first: pages no cache has seen yet. */
async function scaleTripSlugs(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM trips WHERE slug ~ '-k[0-9]+$' ORDER BY id DESC LIMIT 20000`,
    )
    return rows.map((row) => row.slug)
  } finally {
    await client.end()
  }
}

/** How many of the scale dataset's trips a database holds. */
async function scaleTripCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM trips WHERE slug ~ '-k[0-9]+$'`)
    return Number(rows[0]!.n)
  } finally {
    await client.end()
  }
}

/**
 * Production builds of the CMS (with SERVER_TIMING) and the reader on a database holding the seed
 * and the scale dataset: a throw-away one built here, or `databaseUrl`, one already migrated and
 * seeded (`DATABASE_URL=… pnpm seed` migrates and seeds) that gets the scale dataset unless it
 * holds one already, so later runs skip the build.
 */
type TBenchStackOptions<TSize> = { scale: TSize; databaseUrl?: string }
type TBenchStack<TScale> = {
  databaseUrl: string
  scale: TScale
  nextScaleSlug: () => string
  children: { kill: (signal?: NodeJS.Signals) => boolean }[]
  stop: () => Promise<void>
}
export async function startBenchStack(
  options: TBenchStackOptions<{ trips: number; leaders: number }>,
): Promise<TBenchStack<TScaleDataset>>
/** With `scale: null`, the seed dataset alone (the admin step needs no scale). */
export async function startBenchStack(options: TBenchStackOptions<null>): Promise<TBenchStack<null>>
export async function startBenchStack({
  scale: size,
  databaseUrl,
}: TBenchStackOptions<{ trips: number; leaders: number } | null>): Promise<TBenchStack<TScaleDataset | null>> {
  if (!existsSync(path.join(CMS_DIR, '.next/BUILD_ID')) || !existsSync(path.join(WEB_DIR, '.next/BUILD_ID'))) {
    log('building the apps (pnpm build)…')
    spawnSync('pnpm', ['build'], { cwd: WORKSPACE_ROOT, stdio: 'inherit' })
  }
  let url = databaseUrl
  let release = async () => {}
  if (!url) {
    log(`a throw-away database: migrations, seed dataset…`)
    const database = await openDatabase({ ephemeral: true })
    url = database.url
    release = database.release
    const setupEnv = { ...(await appsEnv(url, 'production', { ephemeral: true })).cms, SEED_DEMO_LOGINS: 'true' }
    await migrate(setupEnv)
    await seed(setupEnv)
  }
  let scale: TScaleDataset | null = null
  if (!size) log('no scale dataset')
  else if (!databaseUrl || (await scaleTripCount(url)) === 0) {
    log(`scale dataset of ${size.trips} trips…`)
    scale = await loadScaleDataset(url, size.trips, size.leaders)
  } else {
    scale = await describeScaleDataset(url)
    log(`--database-url: its scale dataset as an earlier run left it`)
  }
  if (scale)
    log(
      `scale dataset: ${scale.trips} trips, ${scale.citations} citations (${scale.citationsPerFact} per fact)${Number.isNaN(scale.ms) ? '' : ` in ${(scale.ms / 1000).toFixed(1)} s`}`,
    )
  const scaleSlugs = scale ? await scaleTripSlugs(url) : []
  let cursor = 0
  const nextScaleSlug = () => scaleSlugs[cursor++ % scaleSlugs.length]!

  const stack = spawn(path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsx'), ['packages/stack/src/cli/start.ts'], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...inheritedEnv(),
      DATABASE_URL: url,
      SERVER_TIMING: 'true',
      CMS_PORT: String(PORTS.cms),
      WEB_PORT: String(PORTS.web),
      SEED_DEMO_LOGINS: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const children: { kill: (signal?: NodeJS.Signals) => boolean }[] = []
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM')
    stack.kill('SIGINT')
    await sleep(3000)
    await release()
  }
  process.on('SIGINT', () => {
    void stop().finally(() => process.exit(130))
  })
  log('starting the stack (production builds)…')
  await waitFor(`${WEB}/`)
  await waitFor(`${CMS}/api/health`)
  return { databaseUrl: url!, scale, nextScaleSlug, children, stop }
}
