import { factPath } from '@itinera/contracts/trip-facts'
import { ImportFileError } from '@itinera/importer'
import { FIXTURE_TEXT_LIST } from '@itinera/importer/fixtures'
import { PEOPLE as GAZETTEER_PEOPLE, REFERENCE_SOURCES } from '@itinera/importer/gazetteer'
import { readSeedDocument, SEED_LIST, shouldRunSeedDocumentTests } from '@itinera/importer/seed-documents'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { PEOPLE, PLACES, POLITIES, SOURCES, TRIPS } from '../slugs'
import { seedReferenceData } from '../seed/seedDataset'
import { setupIntegration } from '../test/integration'
import { importTripList, ImportRequestError, previewImport, type TImportResult } from './importTripList'
import { loadNameIndex } from './nameIndex'

const { payload, actors } = await setupIntegration('import')

let seedList: TImportResult
// The real list, where it is; our own fixture list is imported in any clone.
const seedsFound = shouldRunSeedDocumentTests()

const counts = async () => {
  const count = (collection: typeof TRIPS | typeof SOURCES | typeof PLACES | typeof PEOPLE | typeof POLITIES) =>
    payload.count({ collection, overrideAccess: true }).then((result) => result.totalDocs)
  return {
    trips: await count(TRIPS),
    sources: await count(SOURCES),
    places: await count(PLACES),
    people: await count(PEOPLE),
    polities: await count(POLITIES),
  }
}

beforeAll(async () => {
  await seedReferenceData(payload, await createLocalReq({}, payload))
  if (seedsFound)
    seedList = await importTripList(
      payload,
      { text: readSeedDocument(SEED_LIST), format: 'text', leader: 'kim-il-sung' },
      { user: actors.editor.user as User },
    )
}, 300_000)

describe.skipIf(!seedsFound)('importing the seed list into a database with reference data but no trips', () => {
  it('should create the 46 listed visits as draft journeys, and two rumored trips', async () => {
    expect(seedList.created).toMatchObject({ trips: 28, stops: 48 })
    const trips = (
      await payload.find({ collection: TRIPS, pagination: false, draft: true, depth: 0, overrideAccess: true })
    ).docs
    expect(trips.filter((trip) => trip.certainty === 'confirmed').flatMap((trip) => trip.stops ?? [])).toHaveLength(46)
    expect(trips.filter((trip) => trip.certainty === 'rumored')).toHaveLength(2)
    expect(trips.every((trip) => trip._status === 'draft' && trip.reviewState === 'draft')).toBe(true)
    expect(trips.every((trip) => (trip.editedBy as number[]).includes(actors.editor.user!.id))).toBe(true)
  })

  it('should publish nothing', async () => {
    expect((await payload.count({ collection: TRIPS, overrideAccess: false, user: null })).totalDocs).toBe(0)
    // Only the sources of the gazetteer's reference facts, approved with it before the import.
    expect((await payload.count({ collection: SOURCES, overrideAccess: false, user: null })).totalDocs).toBe(
      REFERENCE_SOURCES.length,
    )
  })

  it('should turn the 47 references into sources, one per work, plus the list itself', async () => {
    expect(seedList.plan.sources).toHaveLength(47)
    // 6 = 12 and 21 = 40 in the list: matched to the source the import had just created.
    expect(seedList.created.sources).toBe(45 + 1)
    expect(seedList.matched.sources).toBe(2)
    const book = (
      await payload.find({
        collection: SOURCES,
        where: { 'identifiers.isbn': { equals: '978-1-5381-1974-7' } },
        draft: true,
        overrideAccess: true,
      })
    ).docs[0]
    expect(book).toMatchObject({ kind: 'book', publisher: 'Rowman & Littlefield', reviewState: 'draft' })
  })

  it('should cite each fact to the list and the row’s references, and keep the warnings on the trip', async () => {
    const [tour] = (
      await payload.find({
        collection: TRIPS,
        where: { startsOn: { greater_than_equal: '1975-05-22', less_than: '1975-05-23' } },
        draft: true,
        depth: 1,
        overrideAccess: true,
      })
    ).docs
    const yugoslavia = tour!.stops!.find((stop) => (stop.polity as { slug: string }).slug === 'yugoslavia')!
    const citing = (fact: string) =>
      tour!
        .citations!.filter((citation) => citation.fact === fact)
        .map((citation) => (citation.source as { title: string }).title)
    expect(citing(factPath.stopPlaces(yugoslavia.id!))).toEqual([
      'List of international trips made by Kim Il Sung',
      'KOREJA - S NESVRSTANIMA',
      'Tito i Kim Il Sung na priredbi u vili "Bled"',
      'IZLET NA BOHINJ',
      'VIŠE OD STO TISUĆA LJUBLJANČANA POZDRAVILO KIM IL SUNGA I TITA',
    ])
    expect(citing(factPath.stopDates(yugoslavia.id!))).toEqual([
      'List of international trips made by Kim Il Sung',
      'DOPUTOVAO KIM IL SUNG',
      'North Korea Gets Belgrade Backing',
    ])
    expect(tour!.importWarnings).toContainEqual(expect.objectContaining({ line: 76, code: 'overlapping_dates' }))
    expect(tour!.qualityIssues).toContainEqual(expect.objectContaining({ code: 'overlapping_stops' }))
  })

  it('should match what exists instead of duplicating on a second import', async () => {
    const before = await counts()
    const again = await importTripList(
      payload,
      { text: readSeedDocument(SEED_LIST), format: 'text', leader: 'kim-il-sung' },
      { user: actors.editor.user as User },
    )
    expect(again.created).toMatchObject({ sources: 0, places: 0, people: 0 })
    expect(again.matched.sources).toBe(47)
    expect(await counts()).toEqual({ ...before, trips: before.trips + 28 })
    // Slugs stay unique: the second copy of each trip gets a suffix.
    expect(again.trips[0]!.slug).toMatch(/-2$/)
  })
})

describe('importing our own text list, in any clone', () => {
  let fixtureList: TImportResult
  let importedAfter: string
  beforeAll(async () => {
    importedAfter = new Date().toISOString()
    fixtureList = await importTripList(
      payload,
      { text: FIXTURE_TEXT_LIST, format: 'text', leader: 'kim-il-sung' },
      { user: actors.editor.user as User },
    )
  })

  it('should create its journeys and rumored trip as drafts, each reference once, and the names it does not know', async () => {
    expect(fixtureList.created).toEqual({ trips: 13, stops: 17, sources: 19 + 1, places: 1, people: 2 })
    const trips = (
      await payload.find({
        collection: TRIPS,
        where: { id: { in: fixtureList.trips.map((trip) => trip.id) } },
        pagination: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    expect(trips.map((trip) => trip.certainty).sort()).toEqual([...Array<string>(12).fill('confirmed'), 'rumored'])
    expect(trips.every((trip) => trip._status === 'draft')).toBe(true)
  })

  it('should create the places and people it does not know as drafts, which anonymous readers do not see', async () => {
    for (const collection of [PLACES, PEOPLE] as const) {
      const recent = { createdAt: { greater_than: importedAfter } }
      const { docs } = await payload.find({ collection, where: recent, draft: true, depth: 0, overrideAccess: true })
      expect(docs).toHaveLength(fixtureList.created[collection])
      expect(docs.every((doc) => doc._status === 'draft' && doc.reviewState === 'draft')).toBe(true)
      const anonymous = await payload.find({ collection, where: recent, overrideAccess: false, user: null })
      expect(anonymous.totalDocs).toBe(0)
    }
  })

  it('should cite each detail to the references printed after it, beside the list itself', async () => {
    const [journey] = (
      await payload.find({
        collection: TRIPS,
        where: { id: { equals: fixtureList.trips[0]!.id } },
        draft: true,
        depth: 1,
        overrideAccess: true,
      })
    ).docs
    const [moscow, warsaw] = journey!.stops!
    const citing = (fact: string) =>
      journey!
        .citations!.filter((citation) => citation.fact === fact)
        .map((citation) => (citation.source as { title: string }).title)
    expect(citing(`stops.${moscow!.id}.details.${moscow!.details![0]!.id}`)).toEqual([
      'List of journeys abroad by an example leader',
      'Official delegations received in Moscow, 1949-1991',
    ])
    expect(citing(`stops.${warsaw!.id}.details.${warsaw!.details![0]!.id}`)).toEqual([
      'List of journeys abroad by an example leader',
      'A steelworks tour remembered',
    ])
    expect(citing(`stops.${warsaw!.id}.meetings.${warsaw!.meetings![0]!.id}`)).toEqual([
      'List of journeys abroad by an example leader',
      'Train diplomacy in the 1950s',
    ])
  })
})

describe('a failed import changes nothing', () => {
  it('should refuse a malformed file with its line, before writing anything', async () => {
    const before = await counts()
    await expect(
      importTripList(
        payload,
        { text: 'Date(s)\n3-25 March 1949 Moscow\n\u0000', format: 'text', leader: 'kim-il-sung' },
        { user: actors.editor.user as User },
      ),
    ).rejects.toThrow(ImportFileError)
    expect(await counts()).toEqual(before)
  })

  it('should roll back everything when a late row fails', async () => {
    const before = await counts()
    const tooLong = 'X'.repeat(250)
    const list = `Date(s)CountryLocationsLeaders metDetails\n3-25 March 1990Flag of the Soviet Union.svg  Soviet Union Newtown Flag of the Soviet Union.svg President Someone New [1]\n3-25 March 1991Flag of Poland.svg  Poland ${tooLong} Flag of Poland.svg President Another Person [1]\n\nReferences\n\n  1. "A brand new article". Example News. 1 April 1991.\n`
    await expect(
      importTripList(
        payload,
        { text: list, format: 'text', leader: 'kim-il-sung' },
        { user: actors.editor.user as User },
      ),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'name' })] },
    })
    expect(await counts()).toEqual(before)
  })

  it('should refuse an unknown leader naming the field', async () => {
    await expect(previewImport(payload, { text: FIXTURE_TEXT_LIST, format: 'text', leader: 'nobody' })).rejects.toThrow(
      ImportRequestError,
    )
    await expect(previewImport(payload, { text: FIXTURE_TEXT_LIST, format: 'text', leader: 'nobody' })).rejects.toThrow(
      /^leader: no leader "nobody"/,
    )
  })

  it('should refuse a reviewer, who may not create drafts', async () => {
    const before = await counts()
    await expect(
      importTripList(
        payload,
        { text: FIXTURE_TEXT_LIST, format: 'text', leader: 'kim-il-sung' },
        { user: actors.reviewer.user as User },
      ),
    ).rejects.toMatchObject({ status: 403 })
    expect(await counts()).toEqual(before)
  })
})

describe('the name index an import matches against', () => {
  it('should know the offices people in the database held, so a list’s titles split from the names after them', async () => {
    const { index } = await loadNameIndex(payload)
    const held = GAZETTEER_PEOPLE.flatMap((person) => person.offices.map((office) => office.title))
    expect(held.length).toBeGreaterThan(0)
    expect(new Set(index.titles)).toEqual(new Set(held))
  })
})
