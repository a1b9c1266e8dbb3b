/** `pnpm start`: production builds of the CMS and the reader on the local database. */
import './load-dotenv'
import { runStack } from '../stack'
import { banner } from './banner'

await runStack({ mode: 'production', ephemeral: process.argv.includes('--ephemeral'), banner })
