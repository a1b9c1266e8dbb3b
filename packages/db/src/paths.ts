import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const WORKSPACE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const CMS_DIR = path.join(WORKSPACE_ROOT, 'apps/cms')
export const WEB_DIR = path.join(WORKSPACE_ROOT, 'apps/web')
/** The local stack's persistent state (git-ignored): database cluster and generated secret. */
export const DATA_DIR = path.join(WORKSPACE_ROOT, '.data')

export const binOf = (appDir: string, name: string) => path.join(appDir, 'node_modules/.bin', name)
