import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readDbEnv } from './env'
import { dropDatabase, ensureDatabase, listDatabases, startEmbeddedPostgres, withDatabase } from './postgres'

export interface TTestDatabaseServer {
  /** Connection string of the server's maintenance database. */
  serverUrl: string
  stop(): Promise<void>
}

/**
 * The PostgreSQL server for one test run: the one named by TEST_DATABASE_URL when set
 * (CI with a service container, say), otherwise a throw-away embedded server. Never the
 * `.data/` cluster of the local stack.
 */
export async function startTestDatabaseServer(
  externalUrl = readDbEnv().TEST_DATABASE_URL,
): Promise<TTestDatabaseServer> {
  if (externalUrl) return { serverUrl: withDatabase(externalUrl, 'postgres'), stop: async () => {} }

  const parent = await mkdtemp(path.join(os.tmpdir(), 'itinera-test-pg-'))
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'cluster'), persistent: false })
  return {
    serverUrl: server.urlFor('postgres'),
    async stop() {
      await server.stop()
      await rm(parent, { recursive: true, force: true })
    },
  }
}

/** Names the databases of one test run, so that the run can remove exactly its own. */
export const newTestRunId = () => `itinera_t${randomBytes(4).toString('hex')}`

/** A new, empty database on the test server: each test file gets its own. */
export async function createFreshDatabase(serverUrl: string, runId: string, label: string): Promise<string> {
  const name = `${runId}_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(3).toString('hex')}`
  await ensureDatabase(serverUrl, name)
  return withDatabase(serverUrl, name)
}

/** Drops every database of a test run, once its test processes have closed their pools. */
export async function dropTestRunDatabases(serverUrl: string, runId: string): Promise<void> {
  for (const name of await listDatabases(serverUrl, `${runId}_%`)) await dropDatabase(serverUrl, name)
}
