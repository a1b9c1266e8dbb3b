/**
 * `pnpm bench:admin-editing`: only the admin step of `pnpm bench` (the largest trip opened and
 * typed into in Chromium) on a stack with the seed dataset. Writes
 * bench/results/<date>-admin-editing.md, and the Playwright trace to bench/tmp/ (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import { WORKSPACE_ROOT } from '@itinera/db/paths'
import Table from 'cli-table3'
import { adminEditingRows, measureAdminEditing } from './admin-editing'
import { CMS, startBenchStack } from './bench-stack'

const { databaseUrl, stop } = await startBenchStack({ scale: null })
try {
  const dir = path.join(WORKSPACE_ROOT, 'bench/results')
  const traceDir = path.join(WORKSPACE_ROOT, 'bench/tmp')
  mkdirSync(dir, { recursive: true })
  mkdirSync(traceDir, { recursive: true })
  const result = await measureAdminEditing({
    cmsUrl: CMS,
    databaseUrl,
    login: DEMO_LOGINS.find((login) => login.role === 'editor')!,
    traceDir,
  })
  const rows = adminEditingRows(result)
  const date = new Date().toISOString()
  writeFileSync(
    path.join(dir, `${date.slice(0, 10)}-admin-editing.md`),
    `# Bench, admin editing step only, ${date}\n\n| measure | figure | target |\n|---|---|---|\n${rows
      .map((row) => `| ${row.join(' | ')} |`)
      .join('\n')}\n\nTrace: \`bench/tmp/${path.basename(result.trace)}\` (npx playwright show-trace).\n`,
  )
  const table = new Table({ head: ['measure', 'figure', 'target'], style: { head: [], border: [] } })
  table.push(...rows)
  console.log(table.toString())
} finally {
  await stop()
}
