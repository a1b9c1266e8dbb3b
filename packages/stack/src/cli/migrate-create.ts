/** `pnpm db:migrate:create <name>`: write a migration for the schema changes since the last one. */
import './load-dotenv'
import { binOf, CMS_DIR } from '@itinera/db/paths'
import { runToCompletion } from '@itinera/db/run-to-completion'
import { migrate } from '../stack'
import { withLocalDatabase } from './with-database'

const name = process.argv[2]
if (!name) {
  console.error('Usage: pnpm db:migrate:create <name>   e.g. pnpm db:migrate:create add-trips')
  process.exit(2)
}
await withLocalDatabase(async (cmsEnv) => {
  await migrate(cmsEnv)
  await runToCompletion(binOf(CMS_DIR, 'payload'), ['migrate:create', name], CMS_DIR, cmsEnv)
})
