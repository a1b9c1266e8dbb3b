import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureDatabase, listDatabases, startEmbeddedPostgres, withClient } from './postgres'
import { createFreshDatabase, dropTestRunDatabases, newTestRunId } from './test-database'

let parent: string
beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'itinera-stack-test-'))
})
afterAll(async () => rm(parent, { recursive: true, force: true }))

const query = <T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> =>
  withClient(url, async (client) => (await client.query<T>(sql)).rows)

describe('embedded PostgreSQL', () => {
  it('should leave a process’s exit code alone (a failing test run must stay red)', () => {
    const postgresModule = path.join(import.meta.dirname, 'postgres.ts')
    const script = `import(${JSON.stringify(postgresModule)}).then(() => { process.exitCode = 3 })`
    const run = spawnSync(path.join(import.meta.dirname, '../node_modules/.bin/tsx'), ['--eval', script], {
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(3)
  })

  it('should keep a persistent cluster’s data across a restart', async () => {
    const dataDir = path.join(parent, 'persistent')
    const first = await startEmbeddedPostgres({ dataDir, persistent: true })
    await ensureDatabase(first.urlFor('postgres'), 'itinera')
    await query(first.urlFor('itinera'), "CREATE TABLE note (body text); INSERT INTO note VALUES ('김일성')")
    await first.stop()

    const second = await startEmbeddedPostgres({ dataDir, persistent: true })
    try {
      expect(await query(second.urlFor('itinera'), 'SELECT body FROM note')).toEqual([{ body: '김일성' }])
    } finally {
      await second.stop()
    }
  })

  it('should take another port when the preferred one is busy', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const busyPort = (blocker.address() as net.AddressInfo).port
    const server = await startEmbeddedPostgres({
      dataDir: path.join(parent, 'port'),
      persistent: false,
      preferredPort: busyPort,
    })
    try {
      expect(server.port).not.toBe(busyPort)
      expect(await query(server.urlFor('postgres'), 'SELECT 1 AS ok')).toEqual([{ ok: 1 }])
    } finally {
      await server.stop()
      blocker.close()
    }
  })

  it('should give each test file a fresh database and drop exactly one run’s databases', async () => {
    const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'runs'), persistent: false })
    const serverUrl = server.urlFor('postgres')
    try {
      const [runA, runB] = [newTestRunId(), newTestRunId()]
      const a1 = await createFreshDatabase(serverUrl, runA, 'one')
      await createFreshDatabase(serverUrl, runA, 'two')
      await createFreshDatabase(serverUrl, runB, 'one')
      expect(await query(a1, "SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'")).toEqual([
        { tables: 0 },
      ])

      await dropTestRunDatabases(serverUrl, runA)
      expect(await listDatabases(serverUrl, `${runA}_%`)).toEqual([])
      expect(await listDatabases(serverUrl, `${runB}_%`)).toHaveLength(1)
    } finally {
      await server.stop()
    }
  })
})
