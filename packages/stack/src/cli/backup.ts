/** `pnpm db:backup [file]`: the local database into a pg_dump custom-format archive (-Fc). */
import './load-dotenv'
import path from 'node:path'
import { backupDatabase, formatBytes } from '@itinera/db/backup'
import { WORKSPACE_ROOT } from '@itinera/db/paths'
import { readStackEnv } from '../env'
import { withLocalDatabase } from './with-database'

const USAGE = 'Usage: pnpm db:backup [file]   (default: backups/itinera-<UTC time>.dump at the workspace root)'

const args = process.argv.slice(2)
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(USAGE)
  process.exit(2)
}

// ISO 8601's basic format (20261123T221005Z): sorts by time, and no colons, which scp and
// some file systems read otherwise.
const stamp = new Date()
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')
  .replaceAll(/[-:]/g, '')
// pnpm runs scripts from the workspace root; a relative path means where the command was typed.
const file = args[0]
  ? path.resolve(readStackEnv().INIT_CWD ?? process.cwd(), args[0])
  : path.join(WORKSPACE_ROOT, 'backups', `itinera-${stamp}.dump`)

await withLocalDatabase(async (cmsEnv) => {
  const started = performance.now()
  const backup = await backupDatabase(cmsEnv.DATABASE_URL!, file)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `Backed up database "${backup.database}" (PostgreSQL ${backup.serverVersion}, pg_dump ${backup.tool.version}) in ${seconds.toFixed(1)} s:`,
  )
  console.log(`  ${backup.file}  ${formatBytes(backup.bytes)}`)
})
