/** `pnpm dev`: both apps with hot reload on the local database. */
import './load-dotenv'
import { runStack } from '../stack'
import { banner } from './banner'

await runStack({ mode: 'development', banner })
