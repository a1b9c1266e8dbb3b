import { createFreshDatabase } from '@itinera/db/test-database'
import { getPayload, type Migration, type Payload } from 'payload'
import { inject } from 'vitest'
import { DEVELOPMENT_SECRET } from '../developmentSecret'
import { migrations } from '../migrations'

export interface TTestPayload {
  payload: Payload
  stop(): Promise<void>
}

/**
 * Payload's Local API on a fresh database with the committed migrations applied (never
 * `push`), so a forgotten migration fails here first.
 */
export async function startTestPayload(label: string): Promise<TTestPayload> {
  // The config reads its environment when first imported, so it is imported after this.
  process.env.DATABASE_URL = await createFreshDatabase(inject('databaseServerUrl'), inject('testRunId'), label)
  process.env.PAYLOAD_SECRET = DEVELOPMENT_SECRET
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  // Passed in, not read from disk: Node alone cannot import the .ts migration files.
  // (Payload types the list as taking `unknown`; the generated files are typed more narrowly.)
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return {
    payload,
    // The database itself is dropped with the rest of the run's in the global teardown.
    stop: () => payload.destroy(),
  }
}
