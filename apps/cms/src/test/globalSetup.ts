import { dropTestRunDatabases, newTestRunId, startTestDatabaseServer } from '@itinera/db/test-database'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string
    testRunId: string
  }
}

/** One PostgreSQL server per run (embedded, or TEST_DATABASE_URL's); never the .data/ cluster. */
export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer()
  const runId = newTestRunId()
  project.provide('databaseServerUrl', server.serverUrl)
  project.provide('testRunId', runId)
  return async () => {
    await dropTestRunDatabases(server.serverUrl, runId)
    await server.stop()
  }
}
