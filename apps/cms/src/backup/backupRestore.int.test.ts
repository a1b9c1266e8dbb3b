import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { backupDatabase, BackupError, pgToolsFor, restoreDatabase } from '@itinera/db/backup'
import { binOf, CMS_DIR } from '@itinera/db/paths'
import { runToCompletion } from '@itinera/db/run-to-completion'
import { createFreshDatabase } from '@itinera/db/test-database'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEVELOPMENT_SECRET } from '../developmentSecret'
import { seedDataset } from '../seed/seedDataset'
import { setupIntegration } from '../test/integration'

/** Why this cannot run here: no pg_dump/pg_restore for the test server's major version. */
const missingTools = await pgToolsFor(inject('databaseServerUrl')).then(
  () => null,
  (error: unknown) => {
    if (!(error instanceof BackupError)) throw error
    return error.message
  },
)
const system = missingTools ? undefined : await setupIntegration('backup-original', { actors: false })
let dir: string
let original: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'itinera-cms-backup-'))
  if (!system) return
  original = system.databaseUrl
  await seedDataset(system.payload)
}, 300_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

/**
 * The export of one database, from a `payload run` process of its own: Payload keeps one
 * instance per process, so the restored database cannot be opened beside the original here.
 * Both databases go through the same script, so the only difference between the two runs is
 * the database.
 */
async function openDataExport(databaseUrl: string, name: string): Promise<Buffer> {
  const file = path.join(dir, `${name}.json`)
  await runToCompletion(binOf(CMS_DIR, 'payload'), ['run', 'src/backup/exportOpenData.ts', '--', file], CMS_DIR, {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: DEVELOPMENT_SECRET,
    NODE_ENV: 'test',
  })
  return readFile(file)
}

describe('backup and restore of a seeded database', () => {
  it('should restore into a fresh database whose open-data export is byte for byte the original’s', async (ctx) => {
    // Skipped on a machine without matching client tools; CI provides them (.ci/pg-client-tools.sh), so there it fails.
    if (missingTools && process.env.CI)
      throw new Error(`CI needs pg_dump/pg_restore for this server (.ci/pg-client-tools.sh): ${missingTools}`)
    if (missingTools) ctx.skip(`no pg_dump/pg_restore for this server: ${missingTools}`)
    const file = path.join(dir, 'seeded.dump')
    const backup = await backupDatabase(original, file)
    expect(backup.bytes).toBeGreaterThan(0)

    const restoredUrl = await createFreshDatabase(inject('databaseServerUrl'), inject('testRunId'), 'backup_restored')
    await restoreDatabase(restoredUrl, file)

    const [before, after] = await Promise.all([
      openDataExport(original, 'original'),
      openDataExport(restoredUrl, 'restored'),
    ])
    const parsed = JSON.parse(before.toString('utf8')) as { trips: unknown[]; sources: unknown[] }
    expect(parsed.trips).toHaveLength(50)
    expect(parsed.sources.length).toBeGreaterThan(0)
    // The text first, for a readable diff; then the bytes themselves.
    expect(after.toString('utf8')).toBe(before.toString('utf8'))
    expect(after.equals(before)).toBe(true)
  }, 240_000)
})
