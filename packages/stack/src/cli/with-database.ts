import { openDatabase, appsEnv } from '../stack'

/** Runs one maintenance task against the local database, then releases it. */
export async function withLocalDatabase(task: (cmsEnv: NodeJS.ProcessEnv) => Promise<void>): Promise<void> {
  const database = await openDatabase()
  try {
    await task((await appsEnv(database.url, 'development')).cms)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  } finally {
    await database.release()
  }
}
