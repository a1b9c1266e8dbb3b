/** Run by `payload run` for `pnpm run import` (see packages/stack/src/cli/import.ts): the database part. */
import { readFileSync } from 'node:fs'
import { detectFormat, ImportFileError, parseImportArgs, renderImportSummary } from '@itinera/importer'
import { SingleBar } from 'cli-progress'
import { createLocalReq, getPayload } from 'payload'
import config from '../payload.config'
import { seedReferenceData } from '../seed/seedDataset'
import { USERS } from '../slugs'
import { importTripList, ImportRequestError } from './importTripList'
import { ImportBudgetError } from './planInWorker'

const args = parseImportArgs(process.argv.slice(2))
const payload = await getPayload({ config })
try {
  const users = await payload.find({
    collection: USERS,
    where: args.as ? { email: { equals: args.as } } : { roles: { contains: 'admin' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = users.docs[0]
  if (!user)
    throw new ImportRequestError(
      '--as',
      args.as ? `no account "${args.as}"` : 'no admin account yet: run `pnpm start` once, or pass --as <email>',
    )
  // Countries, places and people the list names are matched against the gazetteer's.
  await seedReferenceData(payload, await createLocalReq({ context: { seedDataset: true } }, payload))

  const text = readFileSync(args.file, 'utf8')
  const progress = new SingleBar({
    format: 'Importing {bar} {value}/{total} trips',
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  })
  const started = performance.now()
  let begun = false
  const result = await importTripList(
    payload,
    {
      text,
      format: args.format ?? detectFormat(text, args.file),
      leader: args.leader,
      splitBefore: args.splitBefore,
      mergeBefore: args.mergeBefore,
    },
    {
      user: { ...user, collection: USERS },
      onProgress: ({ tripsCreated, tripsTotal }) => {
        if (tripsTotal === null) return
        if (!begun) progress.start(tripsTotal, 0)
        begun = true
        progress.update(tripsCreated)
      },
    },
  )
  progress.stop()
  const seconds = (performance.now() - started) / 1000
  const rows = result.plan.trips.reduce((count, trip) => count + trip.stops.length, 0)
  console.log(
    renderImportSummary(
      result.plan,
      {
        trips: result.created.trips,
        stops: result.created.stops,
        sourcesNew: result.created.sources,
        sourcesMatched: result.matched.sources,
        places: result.created.places,
        people: result.created.people,
      },
      { dryRun: false },
    ),
  )
  console.log(
    `Imported as drafts by ${user.email} in ${seconds.toFixed(1)} s (${(rows / seconds).toFixed(0)} rows/s). Review them in the admin: /admin/collections/trips`,
  )
} catch (error) {
  if (
    error instanceof ImportFileError ||
    error instanceof ImportRequestError ||
    error instanceof ImportBudgetError ||
    (error as NodeJS.ErrnoException).code === 'ENOENT'
  ) {
    console.error(`Nothing was imported. ${(error as Error).message}`)
  } else {
    console.error('Nothing was imported (the import rolled back):', error)
  }
  process.exitCode = 1
} finally {
  await payload.destroy()
}
