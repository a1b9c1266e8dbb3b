/**
 * `pnpm bench:db-restart`: the production apps on their own embedded PostgreSQL, under load,
 * while that server is stopped for a few seconds and started again. Reports, per second, what
 * the reader (pages) and the CMS (an uncached read) answered, the slowest answer (nothing may
 * hang), and how long after PostgreSQL is back the CMS answers from it again.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inheritedEnv } from '@itinera/db/env'
import { WORKSPACE_ROOT } from '@itinera/db/paths'
import { ensureDatabase, startEmbeddedPostgres } from '@itinera/db/postgres'
import Table from 'cli-table3'

const PORTS = { cms: 3300, web: 3301 }
const CMS = `http://localhost:${PORTS.cms}`
const WEB = `http://localhost:${PORTS.web}`
const OUTAGE = { at: 5_000, lasts: 5_000, total: 25_000 }
const TIMEOUT_MS = 15_000
const log = (message: string) => console.error(`[db-restart] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'itinera-db-restart-')), 'cluster')
const server = await startEmbeddedPostgres({ dataDir, persistent: true })
const port = server.port
let restarted: ChildProcess | undefined
await ensureDatabase(server.urlFor('postgres'), 'itinera')
const stack = spawn(path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsx'), ['packages/stack/src/cli/start.ts'], {
  cwd: WORKSPACE_ROOT,
  env: {
    ...inheritedEnv(),
    DATABASE_URL: server.urlFor('itinera'),
    CMS_PORT: String(PORTS.cms),
    WEB_PORT: String(PORTS.web),
    SEED_DEMO_LOGINS: 'false',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (stack.exitCode !== null) throw new Error(`the stack stopped (exit ${stack.exitCode}) before ${url} answered`)
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

interface TSample {
  target: string
  startedAt: number
  ms: number
  ok: boolean
}

try {
  await waitFor(`${CMS}/api/health`)
  await waitFor(`${WEB}/`)
  const trip = '1956-06-tour-europe-mongolia'
  const targets = {
    'reader trip page': `${WEB}/trips/${trip}`,
    'reader home': `${WEB}/`,
    'CMS reader.trip (uncached)': `${CMS}/api/trpc/reader.trip?input=${encodeURIComponent(JSON.stringify({ slug: trip }))}`,
  }
  for (const url of Object.values(targets)) await fetch(url).then((response) => response.arrayBuffer())

  const samples: TSample[] = []
  const started = performance.now()
  const worker = async (target: string, url: string) => {
    while (performance.now() - started < OUTAGE.total) {
      const at = performance.now()
      const ok = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
        async (response) => (await response.arrayBuffer(), response.ok),
        () => false,
      )
      samples.push({ target, startedAt: at - started, ms: performance.now() - at, ok })
    }
  }
  const load = Object.entries(targets).flatMap(([target, url]) => [worker(target, url), worker(target, url)])

  await sleep(OUTAGE.at)
  log('stopping PostgreSQL…')
  await server.stop()
  const stoppedAt = performance.now() - started
  await sleep(OUTAGE.lasts)
  log('starting PostgreSQL again…')
  restarted = spawn(
    path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsx'),
    [path.join(import.meta.dirname, 'postgres-server.ts'), dataDir, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const cameBackOn = await new Promise<string>((resolve) =>
    restarted!.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  )
  if (cameBackOn !== `ready ${port}`) throw new Error(`PostgreSQL came back as "${cameBackOn}", not on port ${port}`)
  const restartedAt = performance.now() - started
  await Promise.all(load)

  const cmsTarget = 'CMS reader.trip (uncached)'
  const recovered = samples
    .filter((sample) => sample.target === cmsTarget && sample.ok && sample.startedAt >= restartedAt)
    .sort((a, b) => a.startedAt - b.startedAt)[0]
  const recoveryMs = recovered ? Math.round(recovered.startedAt + recovered.ms - restartedAt) : NaN
  const table = new Table({
    head: ['target', 'phase', 'requests', 'ok', 'failed', 'slowest ms'],
    style: { head: [], border: [] },
  })
  const phases = [
    ['before', 0, stoppedAt],
    ['database down', stoppedAt, restartedAt],
    ['after restart', restartedAt, Infinity],
  ] as const
  const rows = []
  for (const target of Object.keys(targets)) {
    for (const [phase, from, to] of phases) {
      const inPhase = samples.filter(
        (sample) => sample.target === target && sample.startedAt >= from && sample.startedAt < to,
      )
      const row = {
        target,
        phase,
        requests: inPhase.length,
        ok: inPhase.filter((sample) => sample.ok).length,
        slowestMs: Math.round(Math.max(0, ...inPhase.map((sample) => sample.ms))),
      }
      rows.push(row)
      table.push([target, phase, row.requests, row.ok, row.requests - row.ok, row.slowestMs])
    }
  }
  const hung = samples.filter((sample) => sample.ms >= TIMEOUT_MS).length
  const day = new Date().toISOString().slice(0, 10)
  const dir = path.join(WORKSPACE_ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  const report = `# PostgreSQL restart under load, ${new Date().toISOString()}

Two clients per target request back to back for ${OUTAGE.total / 1000} s; PostgreSQL is stopped at
${(stoppedAt / 1000).toFixed(1)} s and started again at ${(restartedAt / 1000).toFixed(1)} s. A request over ${TIMEOUT_MS / 1000} s counts as hung.

\`\`\`
${table.toString()}
\`\`\`

CMS answering from the database again ${recoveryMs} ms after PostgreSQL was back; requests hung: ${hung}.
`
  writeFileSync(path.join(dir, `${day}-db-restart.md`), report)
  writeFileSync(
    path.join(dir, `${day}-db-restart.json`),
    `${JSON.stringify({ stoppedAt, restartedAt, recoveryMs, hung, rows }, null, 2)}\n`,
  )
  console.log(report)
} finally {
  stack.kill('SIGINT')
  await sleep(5000)
  await server.stop()
  restarted?.kill('SIGINT')
  await sleep(2000)
  for (const dir of new Set([path.dirname(dataDir), path.dirname(server.dataDir)]))
    rmSync(dir, { recursive: true, force: true })
}
