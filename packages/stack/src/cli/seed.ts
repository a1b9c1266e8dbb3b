/** `pnpm seed`: migrate, then load the demo content where it is missing (idempotent). */
import './load-dotenv'
import { migrate, seed } from '../stack'
import { withLocalDatabase } from './with-database'

await withLocalDatabase(async (cmsEnv) => {
  await migrate(cmsEnv)
  await seed(cmsEnv)
})
