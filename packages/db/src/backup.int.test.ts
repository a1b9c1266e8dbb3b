import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import { backupDatabase, BackupError, pgToolsFor, restoreDatabase } from './backup'
import { listDatabases, withClient } from './postgres'
import {
  createFreshDatabase,
  dropTestRunDatabases,
  newTestRunId,
  startTestDatabaseServer,
  type TTestDatabaseServer,
} from './test-database'

let server: TTestDatabaseServer
let runId: string
let dir: string
/** Why the round trips cannot run here: no pg_dump/pg_restore for the server's major version. */
let missingTools: string | null = null

beforeAll(async () => {
  server = await startTestDatabaseServer()
  runId = newTestRunId()
  dir = await mkdtemp(path.join(os.tmpdir(), 'itinera-backup-test-'))
  try {
    await pgToolsFor(server.serverUrl)
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    missingTools = error.message
  }
})
afterAll(async () => {
  await dropTestRunDatabases(server.serverUrl, runId).catch(() => {})
  await server?.stop()
  await rm(dir, { recursive: true, force: true })
})

const query = <T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> =>
  withClient(url, async (client) => (await client.query<T>(sql)).rows)

// Skipped on a machine without matching client tools; CI provides them (.ci/pg-client-tools.sh), so there it fails.
const needsTools = (ctx: TestContext) => {
  if (!missingTools) return
  if (process.env.CI)
    throw new Error(`CI needs pg_dump/pg_restore for this server (.ci/pg-client-tools.sh): ${missingTools}`)
  ctx.skip(`no pg_dump/pg_restore for this server: ${missingTools}`)
}

/** A database with what a dump must carry over exactly: several scripts, JSON, bytes, NULLs, an enum, a sequence. */
async function sourceDatabase(label: string): Promise<string> {
  const url = await createFreshDatabase(server.serverUrl, runId, label)
  await query(
    url,
    `CREATE TYPE certainty AS ENUM ('confirmed', 'rumored');
     CREATE TABLE trip (
       id serial PRIMARY KEY, title text NOT NULL, certainty certainty, facts jsonb, starts timestamptz,
       weight numeric(12, 4), scan bytea, tags text[]
     );
     CREATE INDEX trip_title ON trip (title);
     INSERT INTO trip (title, certainty, facts, starts, weight, scan, tags) VALUES
       ('김일성 모스크바 방문', 'confirmed', '{"places": ["Москва", "北京"], "n": 1.5}', '1949-03-03 10:00+03', 1234.5678, '\\x00ff10', '{a,"b c"}'),
       ('Hanoi 1958', 'rumored', NULL, NULL, NULL, NULL, NULL),
       ('quote''s "and" \\ backslash', NULL, '[]', '1991-10-04 00:00Z', -0.0001, '\\x', '{}');`,
  )
  return url
}

const rowsOf = (url: string) => query(url, 'SELECT * FROM trip ORDER BY id')
const relationsOf = async (url: string) =>
  (
    await query<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public'",
    )
  )[0]!.n
const dumpFile = () => path.join(dir, `${randomBytes(4).toString('hex')}.dump`)
const leftovers = async (url: string) => listDatabases(server.serverUrl, `${new URL(url).pathname.slice(1)}_%`)

describe('db:backup and db:restore', () => {
  it('should restore a backup into an empty database with every row identical', async (ctx) => {
    needsTools(ctx)
    const source = await sourceDatabase('source')
    const file = dumpFile()
    const backup = await backupDatabase(source, file)
    expect(backup.bytes).toBeGreaterThan(0)
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP')

    const target = await createFreshDatabase(server.serverUrl, runId, 'target')
    const restored = await restoreDatabase(target, file)
    expect(restored).toMatchObject({ replaced: false, bytes: backup.bytes })
    expect(await rowsOf(target)).toEqual(await rowsOf(source))
    expect(await rowsOf(target)).toHaveLength(3)
    // The sequence goes on where it stood, so new rows do not collide with restored ones.
    const [next] = await query<{ id: number }>(target, "INSERT INTO trip (title) VALUES ('new') RETURNING id")
    expect(next).toEqual({ id: 4 })
  })

  it('should refuse a database that is not empty unless asked to replace it, then replace it whole', async (ctx) => {
    needsTools(ctx)
    const source = await sourceDatabase('replace')
    const file = dumpFile()
    await backupDatabase(source, file)
    const before = await rowsOf(source)
    await query(source, "INSERT INTO trip (title) VALUES ('after the backup'); CREATE TABLE newer_migration (id int)")

    await expect(restoreDatabase(source, file)).rejects.toThrow(
      /is not empty \(\d+ tables, views and sequences\)\. Pass --force/,
    )
    expect(await rowsOf(source)).toHaveLength(4)

    await expect(restoreDatabase(source, file, { replace: true })).resolves.toMatchObject({ replaced: true })
    expect(await rowsOf(source)).toEqual(before)
    expect(await query(source, "SELECT to_regclass('newer_migration') AS t")).toEqual([{ t: null }])
    expect(await leftovers(source)).toEqual([])
  })

  it('should refuse to replace a database that something is connected to', async (ctx) => {
    needsTools(ctx)
    const source = await sourceDatabase('busy')
    const file = dumpFile()
    await backupDatabase(source, file)
    const cms = new pg.Client({ connectionString: source })
    await cms.connect()
    try {
      await expect(restoreDatabase(source, file, { replace: true })).rejects.toThrow(
        /has 1 open connection\(s\).*Nothing was changed/,
      )
    } finally {
      await cms.end()
    }
    expect(await leftovers(source)).toEqual([])
  })

  it('should refuse a file that is not a custom-format archive, naming it, and touch nothing', async () => {
    const source = await sourceDatabase('garbage')
    const before = await rowsOf(source)
    const empty = await createFreshDatabase(server.serverUrl, runId, 'garbage_empty')
    const garbage = path.join(dir, 'garbage.dump')
    await writeFile(garbage, randomBytes(4096))
    const plainSql = path.join(dir, 'plain.sql')
    await writeFile(plainSql, '--\n-- PostgreSQL database dump\n--\nCREATE TABLE x (id int);\n')

    for (const file of [garbage, plainSql]) {
      await expect(restoreDatabase(empty, file)).rejects.toThrow(
        `Cannot restore ${file}: it is not a pg_dump custom-format archive`,
      )
      await expect(restoreDatabase(source, file, { replace: true })).rejects.toThrow(BackupError)
    }
    expect(await relationsOf(empty)).toBe(0)
    expect(await rowsOf(source)).toEqual(before)
    expect(await leftovers(source)).toEqual([])
  })

  it('should roll back a restore that fails halfway, leaving the target as it was', async (ctx) => {
    needsTools(ctx)
    const source = await sourceDatabase('truncated')
    const file = dumpFile()
    await backupDatabase(source, file)
    // A valid header and table of contents with the data cut off: pg_restore gets partway in.
    const whole = await readFile(file)
    const truncated = path.join(dir, 'truncated.dump')
    await writeFile(truncated, whole.subarray(0, whole.length - 200))

    const empty = await createFreshDatabase(server.serverUrl, runId, 'truncated_empty')
    await expect(restoreDatabase(empty, truncated)).rejects.toThrow(`Restoring ${truncated} into database`)
    expect(await relationsOf(empty)).toBe(0)

    const before = await rowsOf(source)
    await expect(restoreDatabase(source, truncated, { replace: true })).rejects.toThrow(
      /the database was left as it was/,
    )
    expect(await rowsOf(source)).toEqual(before)
    expect(await leftovers(source)).toEqual([])
  })

  it('should name a missing file', async () => {
    const target = await createFreshDatabase(server.serverUrl, runId, 'missing')
    const file = path.join(dir, 'nowhere.dump')
    await expect(restoreDatabase(target, file)).rejects.toThrow(`Cannot restore ${file}: no such file.`)
  })

  it('should not overwrite an existing file with a backup', async () => {
    const source = await createFreshDatabase(server.serverUrl, runId, 'exists')
    const file = path.join(dir, 'exists.dump')
    await writeFile(file, 'an earlier backup')
    await expect(backupDatabase(source, file)).rejects.toThrow(`Not backing up to ${file}: the file exists.`)
    expect(await readFile(file, 'utf8')).toBe('an earlier backup')
  })

  it('should say which client tools are missing when none fits the server', async (ctx) => {
    if (!missingTools) ctx.skip('pg_dump and pg_restore for this server are installed')
    const source = await sourceDatabase('no_tools')
    const file = dumpFile()
    await expect(backupDatabase(source, file)).rejects.toThrow(
      /^Cannot back up to .*: the database is PostgreSQL \d+.*client tools/,
    )
  })
})
