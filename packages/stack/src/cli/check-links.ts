/** `pnpm run check-links`: migrate, then check every source's web address and archived copy now. */
import './load-dotenv'
import { binOf, CMS_DIR } from '@itinera/db/paths'
import { runToCompletion } from '@itinera/db/run-to-completion'
import { migrate } from '../stack'
import { withLocalDatabase } from './with-database'

await withLocalDatabase(async (cmsEnv) => {
  await migrate(cmsEnv)
  await runToCompletion(binOf(CMS_DIR, 'payload'), ['run', 'src/sources/linkChecks/run.ts'], CMS_DIR, cmsEnv)
})
