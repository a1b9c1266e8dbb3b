import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readImporterEnv } from './env'

/**
 * The documents the first collection was built from live outside the repository (their text is
 * not ours to publish): ITINERA_SEEDS_DIR, else `../shared/seeds` beside the checkout.
 */
export function seedDocumentsDir(): string {
  const candidates = [
    readImporterEnv().ITINERA_SEEDS_DIR,
    path.resolve(import.meta.dirname, '../../../../shared/seeds'),
    '/work/shared/seeds',
  ].filter((dir): dir is string => Boolean(dir))
  const found = candidates.find((dir) => existsSync(path.join(dir, SEED_LIST)))
  if (!found) throw new Error(`The seed documents are missing: set ITINERA_SEEDS_DIR (looked in ${candidates.join(', ')}).`)
  return found
}

export const SEED_LIST = '000_358c88ef78f5d1fc.txt'
export const SEED_WORKING_PAPER = '003_f25ac998ef5396ba.txt'

export const readSeedDocument = (name: string) => readFileSync(path.join(seedDocumentsDir(), name), 'utf8')
