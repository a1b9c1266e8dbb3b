/**
 * `pnpm db:restore <file> [--force]`: a pg_dump custom-format archive into the local database,
 * all or nothing. A database that is not empty is replaced only with --force.
 */
import './load-dotenv'
import path from 'node:path'
import { formatBytes, restoreDatabase } from '@itinera/db/backup'
import { readStackEnv } from '../env'
import { withLocalDatabase } from './with-database'

const USAGE = 'Usage: pnpm db:restore <file> [--force]   (--force: replace a database that is not empty)'

const args = process.argv.slice(2)
const force = args.includes('--force')
const files = args.filter((arg) => arg !== '--force')
if (files.length !== 1 || files[0]!.startsWith('-')) {
  console.error(USAGE)
  process.exit(2)
}
// pnpm runs scripts from the workspace root; a relative path means where the command was typed.
const file = path.resolve(readStackEnv().INIT_CWD ?? process.cwd(), files[0]!)

await withLocalDatabase(async (cmsEnv) => {
  const started = performance.now()
  const restored = await restoreDatabase(cmsEnv.DATABASE_URL!, file, { replace: force })
  const seconds = (performance.now() - started) / 1000
  console.log(
    `Restored ${restored.file} (${formatBytes(restored.bytes)}) into database "${restored.database}" ` +
      `(PostgreSQL ${restored.serverVersion}, pg_restore ${restored.tool.version}) in ${seconds.toFixed(1)} s` +
      `${restored.replaced ? ', replacing what it held' : ''}.`,
  )
  console.log('The next `pnpm start` (or `pnpm db:migrate`) applies any migrations newer than the backup.')
})
