/**
 * `pnpm bench:attack [--quick] [--database-url <url>]`: only the attack step of `pnpm bench` (the
 * heaviest anonymous requests, and `reader.trip` under attack) on the same stack, without the
 * other loads. With --database-url (a database `DATABASE_URL=… pnpm seed` prepared), the first run
 * adds the scale dataset and later runs reuse it: the 100,000-trip dataset is built once.
 * Writes bench/results/<date>-attack.{md,json}.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { WORKSPACE_ROOT } from '@itinera/db/paths'
import Table from 'cli-table3'
import { ATTACK_LOAD, attackReport, measureAttacks } from './attack'
import { argument, scaleFor, startBenchStack } from './bench-stack'

const quick = process.argv.includes('--quick')
const { databaseUrl, scale, nextScaleSlug, stop } = await startBenchStack({
  scale: scaleFor(quick),
  databaseUrl: argument('database-url'),
})
try {
  const results = await measureAttacks({
    databaseUrl,
    nextTripSlug: nextScaleSlug,
    runs: 3,
    attack: ATTACK_LOAD[quick ? 'quick' : 'full'],
  })
  const { rows, markdown } = attackReport(results, scale.trips)
  const date = new Date().toISOString()
  const dir = path.join(WORKSPACE_ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, `${date.slice(0, 10)}-attack.json`),
    `${JSON.stringify({ date, mode: quick ? 'quick' : 'full', scale, ...results }, null, 2)}\n`,
  )
  writeFileSync(
    path.join(dir, `${date.slice(0, 10)}-attack.md`),
    `# Bench, attack step only, ${date} (${quick ? 'quick' : 'full'})\n\n${markdown}`,
  )
  const table = new Table({ head: ['measure', 'figure', 'target'], style: { head: [], border: [] } })
  table.push(...rows)
  console.log(table.toString())
  console.log(`Report: bench/results/${date.slice(0, 10)}-attack.md`)
} finally {
  await stop()
}
