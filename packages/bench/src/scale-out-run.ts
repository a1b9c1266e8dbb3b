/**
 * `pnpm bench:scale-out [--quick]`: only the scale-out step of `pnpm bench` (scale-out.ts). Writes
 * bench/results/<date>-scale-out.{md,json}.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { WORKSPACE_ROOT } from '@itinera/db/paths'
import Table from 'cli-table3'
import { benchScaleOut, scaleOutRows } from './scale-out'

const quick = process.argv.includes('--quick')
const result = await benchScaleOut({ seconds: quick ? 3 : 5, importRows: quick ? 200 : 1000 })
const table = new Table({ head: ['measure', 'figure', 'target'], style: { head: [], border: [] } })
table.push(...scaleOutRows(result))
const date = new Date().toISOString()
const dir = path.join(WORKSPACE_ROOT, 'bench/results')
mkdirSync(dir, { recursive: true })
writeFileSync(
  path.join(dir, `${date.slice(0, 10)}-scale-out.json`),
  `${JSON.stringify({ date, quick, ...result }, null, 2)}\n`,
)
writeFileSync(
  path.join(dir, `${date.slice(0, 10)}-scale-out.md`),
  `# Bench, scale-out step only, ${date} (${quick ? 'quick' : 'full'}, 2 cores)\n\n\`\`\`\n${table.toString()}\n\`\`\`\n`,
)
console.log(table.toString())
