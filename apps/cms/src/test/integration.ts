import { createFreshDatabase } from '@itinera/db/test-database'
import { getPayload, type Migration, type Payload } from 'payload'
import { afterAll, inject } from 'vitest'
import { DEVELOPMENT_SECRET } from '../developmentSecret'
import { migrations } from '../migrations'
import { createActors, type TActor, type TActorName } from './actors'
import { createReferenceData, type TReferenceData } from './referenceData'

export interface TIntegrationOptions {
  /** One signed-in account per actor (default); `false` leaves the users table empty. */
  actors?: boolean
  /** A leader, a polity, a place and a person for trips to point at, approved (needs the actors). */
  referenceData?: boolean
  /** The migrations to apply (default: all committed ones), for a test of the ones left out. */
  migrations?: typeof migrations
  /**
   * The queue runner, as in the server (default); `false` for a test that runs the tasks itself on
   * its own clock, where a background run of the same job would write rows at the real time.
   */
  jobs?: boolean
}

export type TActors = Record<TActorName, TActor>

export type TIntegration<TOptions extends TIntegrationOptions> = {
  payload: Payload
  databaseUrl: string
} & (TOptions extends { actors: false } ? unknown : { actors: TActors }) &
  (TOptions extends { referenceData: true } ? { ref: TReferenceData } : unknown)

/**
 * Payload's Local API on a fresh database of its own, with the committed migrations applied
 * (never `push`, so a forgotten migration fails here first), and the actors and reference data
 * the options ask for; stopped after the file's tests. Awaited at the top of a test file.
 */
export async function setupIntegration<const TOptions extends TIntegrationOptions = Record<never, never>>(
  label: string,
  options?: TOptions,
): Promise<TIntegration<TOptions>> {
  // The config reads its environment when first imported, so it is imported after this.
  const databaseUrl = await createFreshDatabase(inject('databaseServerUrl'), inject('testRunId'), label)
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = DEVELOPMENT_SECRET
  const [{ default: config }, { runJobs }] = await Promise.all([import('../payload.config'), import('../jobs/runJobs')])
  const payload = await getPayload({ config })
  // The database itself is dropped with the rest of the run's in the global teardown.
  afterAll(() => payload.destroy())
  // Passed in, not read from disk: Node alone cannot import the .ts migration files.
  // (Payload types the list as taking `unknown`; the generated files are typed more narrowly.)
  await payload.db.migrate({ migrations: (options?.migrations ?? migrations) as unknown as Migration[] })
  // As in the server: revalidations, mails and imports run in the background. Registered after
  // `destroy`, so it runs before it (vitest runs a file's afterAll hooks in reverse).
  if (options?.jobs !== false) {
    const runner = await runJobs(payload)
    afterAll(() => runner.stop())
  }
  const actors = options?.actors === false ? undefined : await createActors(payload)
  if (options?.referenceData && !actors) throw new Error('Reference data is written and approved by the actors.')
  return {
    payload,
    databaseUrl,
    ...(actors ? { actors } : {}),
    ...(options?.referenceData && actors ? { ref: await createReferenceData({ payload, actors }) } : {}),
  } as TIntegration<TOptions>
}
