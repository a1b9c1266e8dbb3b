import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readStackEnv } from './env'
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from './postgres'

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
export async function startTestDatabaseServer(externalUrl = readStackEnv().TEST_DATABASE_URL): Promise<TTestDatabaseServer> {
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

export interface TFreshDatabase {
  url: string
  drop(): Promise<void>
}

/** A new, empty database on the test server: each test file gets its own. */
export async function createFreshDatabase(serverUrl: string, label = 'test'): Promise<TFreshDatabase> {
  const name = `itinera_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  await ensureDatabase(serverUrl, name)
  return { url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) }
}
