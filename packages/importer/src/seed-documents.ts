import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readImporterEnv } from './env'

export const SEED_LIST = '000_358c88ef78f5d1fc.txt'
export const SEED_WORKING_PAPER = '003_f25ac998ef5396ba.txt'

/**
 * The documents the first collection was built from live outside the repository (their text is
 * not ours to publish): ITINERA_SEEDS_DIR, else `../shared/seeds` beside the checkout.
 */
function seedDocumentsCandidates(): string[] {
  const checkout = path.resolve(import.meta.dirname, '../../..')
  return [readImporterEnv().ITINERA_SEEDS_DIR, path.resolve(checkout, '../shared/seeds')].filter((dir): dir is string =>
    Boolean(dir),
  )
}

const findSeedDocumentsDir = () =>
  seedDocumentsCandidates().find((dir) => existsSync(path.join(dir, SEED_LIST))) ?? null

const MISSING =
  "seed documents not found beside the checkout (../shared/seeds or ITINERA_SEEDS_DIR); they exist only in the project's CI workspace"

export function readSeedDocument(name: string): string {
  const dir = findSeedDocumentsDir()
  if (!dir) throw new Error(`Cannot read ${name}: ${MISSING} (looked in ${seedDocumentsCandidates().join(', ')}).`)
  return readFileSync(path.join(dir, name), 'utf8')
}

/**
 * Whether the tests that read the seed documents run here: yes where the documents are found. In
 * CI (CI set) their absence throws, so the run fails instead of quietly testing less; elsewhere
 * (a clone with nothing beside it) it says why those tests are skipped.
 */
export function shouldRunSeedDocumentTests(): boolean {
  if (findSeedDocumentsDir()) return true
  const looked = `looked in ${seedDocumentsCandidates().join(', ')}`
  if (readImporterEnv().CI)
    throw new Error(
      `CI runs the tests that read the seed documents, but: ${MISSING} (${looked}). Set ITINERA_SEEDS_DIR.`,
    )
  console.warn(`Tests that read the seed documents are skipped: ${MISSING} (${looked}).`)
  return false
}
