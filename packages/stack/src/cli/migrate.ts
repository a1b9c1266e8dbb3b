/** `pnpm db:migrate`: apply the committed migrations to the local database. */
import './load-dotenv'
import { migrate } from '../stack'
import { withLocalDatabase } from './with-database'

await withLocalDatabase(migrate)
