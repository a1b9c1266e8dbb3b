import { existsSync } from 'node:fs'
import path from 'node:path'
import { WORKSPACE_ROOT } from '@itinera/db/paths'

/** The stack's commands read the workspace's .env (see .env.example) when there is one. */
const file = path.join(WORKSPACE_ROOT, '.env')
if (existsSync(file)) process.loadEnvFile(file)
