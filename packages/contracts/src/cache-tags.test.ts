import { describe, expect, it } from 'vitest'
import { pagePathsForTags, tagsForChange, tagsForRead, type TChangedRecord, type TTripOnPages } from './cache-tags'
import { ZRevalidationBodySchema } from './revalidation'

/**
 * A small approved world and what each reader page shows of it, as the `reader.*` procedures
 * build their answers: a trip page names its leader, countries (competing ones too), places,
 * people and sources; a leader's page lists their trips with those trips' countries; a country's
 * page lists the trips with a stop in it; a source's page the trips citing it; the lists
 * (home, feed, search, sitemap, exports) show everything.
 */
interface TTrip {
  slug: string
  leader: string
  polities: string[]
  alternativePolities: string[]
  places: number[]
  people: number[]
  sources: number[]
}
type TRecord =
  | { collection: 'trips' | 'leaders' | 'polities'; slug: string }
  | { collection: 'places' | 'people' | 'sources'; id: number }
type TPage = { procedure: string; input?: unknown; shows: (record: TRecord, trips: TTrip[]) => boolean }

const WORLD: TTrip[] = [
  {
    slug: 'moscow-1949',
    leader: 'kim-il-sung',
    polities: ['soviet-union'],
    alternativePolities: ['mongolia'],
    places: [1],
    people: [1],
    sources: [1, 2],
  },
  {
    slug: 'beijing-1958',
    leader: 'kim-il-sung',
    polities: ['china'],
    alternativePolities: [],
    places: [2],
    people: [2],
    sources: [2],
  },
  {
    slug: 'moscow-2001',
    leader: 'kim-jong-il',
    polities: ['soviet-union', 'mongolia'],
    alternativePolities: [],
    places: [1],
    people: [],
    sources: [3],
  },
]

const named = (trip: TTrip, record: TRecord): boolean => {
  switch (record.collection) {
    case 'trips':
      return trip.slug === record.slug
    case 'leaders':
      return trip.leader === record.slug
    case 'polities':
      return [...trip.polities, ...trip.alternativePolities].includes(record.slug)
    case 'places':
      return trip.places.includes(record.id)
    case 'people':
      return trip.people.includes(record.id)
    case 'sources':
      return trip.sources.includes(record.id)
  }
}
// A trip as a list shows it: its title, leader and the countries of its stops.
const summarised = (trip: TTrip, record: TRecord) =>
  (record.collection === 'trips' && record.slug === trip.slug) ||
  (record.collection === 'leaders' && record.slug === trip.leader) ||
  (record.collection === 'polities' && trip.polities.includes(record.slug))
const own = (record: TRecord, collection: TRecord['collection'], key: string | number) =>
  record.collection === collection && ('slug' in record ? record.slug : record.id) === key

function pagesOf(trips: TTrip[]): TPage[] {
  const leaders = new Set(trips.map((trip) => trip.leader))
  const polities = new Set(trips.flatMap((trip) => [...trip.polities, ...trip.alternativePolities]))
  const sources = new Set(trips.flatMap((trip) => trip.sources))
  return [
    ...trips.map((trip) => ({
      procedure: 'reader.trip',
      input: { slug: trip.slug },
      shows: (record: TRecord) => named(trip, record),
    })),
    ...[...leaders].map((slug) => ({
      procedure: 'reader.leader',
      input: { slug },
      shows: (record: TRecord, all: TTrip[]) =>
        own(record, 'leaders', slug) || all.some((trip) => trip.leader === slug && summarised(trip, record)),
    })),
    ...[...polities].map((slug) => ({
      procedure: 'reader.polity',
      input: { slug },
      shows: (record: TRecord, all: TTrip[]) =>
        own(record, 'polities', slug) ||
        all.some(
          (trip) =>
            trip.polities.includes(slug) &&
            (summarised(trip, record) || (record.collection === 'places' && trip.places.includes(record.id))),
        ),
    })),
    ...[...sources].map((id) => ({
      procedure: 'reader.source',
      input: { id, page: 1 },
      shows: (record: TRecord, all: TTrip[]) =>
        own(record, 'sources', id) ||
        all.some((trip) => trip.sources.includes(id) && record.collection === 'trips' && record.slug === trip.slug),
    })),
    // Whether a record's pages stand: retracted (its tombstone), or a trip citing a source no longer public.
    ...trips.map((trip) => ({
      procedure: 'reader.unavailable',
      input: { collection: 'trips', slug: trip.slug },
      shows: (record: TRecord) =>
        own(record, 'trips', trip.slug) || (record.collection === 'sources' && trip.sources.includes(record.id)),
    })),
    ...[...leaders].map((slug) => ({
      procedure: 'reader.unavailable',
      input: { collection: 'leaders', slug },
      shows: (record: TRecord) => own(record, 'leaders', slug),
    })),
    ...[...polities].map((slug) => ({
      procedure: 'reader.unavailable',
      input: { collection: 'polities', slug },
      shows: (record: TRecord) => own(record, 'polities', slug),
    })),
    ...[...sources].map((id) => ({
      procedure: 'reader.unavailable',
      input: { collection: 'sources', id },
      shows: (record: TRecord) => own(record, 'sources', id),
    })),
    ...['reader.trips', 'reader.stats', 'reader.search', 'reader.sitemap', 'reader.exportTrips'].map((procedure) => ({
      procedure,
      input: {},
      shows: (record: TRecord, all: TTrip[]) => all.some((trip) => named(trip, record)),
    })),
  ]
}

const onPages = (trip: TTrip): TTripOnPages => ({
  slug: trip.slug,
  leader: trip.leader,
  polities: [...trip.polities, ...trip.alternativePolities],
  sources: trip.sources,
})
const changed = (record: TRecord): TChangedRecord =>
  'slug' in record
    ? { collection: record.collection, id: 0, slug: record.slug }
    : { collection: record.collection, id: record.id }
/** What the CMS sends: the approved trips that show the record are found as they are when the change commits. */
const sent = (record: TRecord, trips: TTrip[]) =>
  tagsForChange(changed(record), trips.filter((trip) => named(trip, record)).map(onPages))

interface TChange {
  name: string
  record: TRecord
  before: TTrip[]
  after: TTrip[]
  /** A deletion is announced before the row goes, with the trips that show it then. */
  announcedFrom: TTrip[]
}

const moved = { ...WORLD[1]!, leader: 'kim-jong-il', polities: ['mongolia'] }
const CHANGES: TChange[] = [
  ...WORLD.map((trip) => ({
    name: `trip ${trip.slug} re-approved`,
    record: { collection: 'trips', slug: trip.slug } as const,
  })),
  ...['kim-il-sung', 'kim-jong-il'].map((slug) => ({
    name: `leader ${slug} renamed`,
    record: { collection: 'leaders', slug } as const,
  })),
  ...['soviet-union', 'china', 'mongolia'].map((slug) => ({
    name: `country ${slug} renamed`,
    record: { collection: 'polities', slug } as const,
  })),
  ...[1, 2].map((id) => ({ name: `place ${id} renamed`, record: { collection: 'places', id } as const })),
  ...[1, 2].map((id) => ({ name: `person ${id} renamed`, record: { collection: 'people', id } as const })),
  ...[1, 2, 3].map((id) => ({ name: `source ${id} re-approved`, record: { collection: 'sources', id } as const })),
]
  .map((change): TChange => ({ ...change, before: WORLD, after: WORLD, announcedFrom: WORLD }))
  .concat(
    {
      name: 'trip beijing-1958 re-approved with another leader and country',
      record: { collection: 'trips', slug: 'beijing-1958' },
      before: WORLD,
      after: [WORLD[0]!, moved, WORLD[2]!],
      // The CMS names the trip as approved now and as last approved before (apps/cms revalidateReader.ts).
      announcedFrom: [WORLD[0]!, moved, WORLD[1]!, WORLD[2]!],
    },
    {
      name: 'trip moscow-2001 deleted',
      record: { collection: 'trips', slug: 'moscow-2001' },
      before: WORLD,
      after: WORLD.slice(0, 2),
      announcedFrom: WORLD,
    },
  )

describe('cache tags: what the CMS sends for a change and what the reader\u2019s pages read', () => {
  it('should refresh every page that showed or shows a changed record', () => {
    expect(CHANGES).toHaveLength(17)
    for (const change of CHANGES) {
      const tags = new Set(sent(change.record, change.announcedFrom))
      const showing = [change.before, change.after].flatMap((world) =>
        pagesOf(world).filter((page) => page.shows(change.record, world)),
      )
      expect(showing.length, change.name).toBeGreaterThan(1)
      for (const page of showing) {
        const read = tagsForRead(page.procedure, page.input)
        expect(
          read.some((tag) => tags.has(tag)),
          `${change.name}: ${page.procedure} ${JSON.stringify(page.input)} reads ${read.join(', ')}; the change sends ${[...tags].join(', ')}`,
        ).toBe(true)
      }
    }
  })

  it('should send only tags some page reads, each one the reader accepts', () => {
    for (const change of CHANGES) {
      const read = new Set(
        [...pagesOf(change.before), ...pagesOf(change.after)].flatMap((page) =>
          tagsForRead(page.procedure, page.input),
        ),
      )
      const tags = sent(change.record, change.announcedFrom)
      expect(
        tags.filter((tag) => !read.has(tag)),
        change.name,
      ).toEqual([])
      expect(ZRevalidationBodySchema.safeParse({ tags }).success, change.name).toBe(true)
    }
  })

  it('should read a page by the record it shows and anything else under the lists', () => {
    expect(tagsForRead('reader.trip', { slug: 'moscow-1949' })).toEqual(['trip:moscow-1949'])
    expect(tagsForRead('reader.polity', { slug: 'china' })).toEqual(['polity:china', 'lists'])
    expect(tagsForRead('reader.trip', {})).toEqual(['lists'])
    expect(tagsForRead('reader.unavailable', { collection: 'trips', slug: 'moscow-1949' })).toEqual([
      'trip:moscow-1949',
    ])
    expect(tagsForRead('reader.unavailable', { collection: 'sources', id: 3 })).toEqual(['source:3'])
    expect(tagsForRead('reader.unavailable', { collection: 'leaders' })).toEqual(['lists'])
    expect(tagsForRead('reader.trips', { leader: 'kim-il-sung' })).toEqual(['lists'])
  })
})

describe('pagePathsForTags: the pages refreshed by path', () => {
  it('should refresh the home page with the lists and each record\u2019s page with its tag', () => {
    expect(pagePathsForTags(['lists', 'trip:moscow-1949', 'leader:kim-il-sung', 'polity:china', 'source:3'])).toEqual([
      '/',
      '/trips/moscow-1949',
      '/leaders/kim-il-sung',
      '/countries/china',
      '/sources/3',
    ])
    expect(pagePathsForTags(['source:3'])).toEqual(['/sources/3'])
    expect(pagePathsForTags(['unknown:3', 'lists'])).toEqual(['/'])
  })

  it('should refresh the home page and every trip, leader, country and source page that shows a changed record', () => {
    for (const change of CHANGES) {
      const paths = pagePathsForTags(sent(change.record, change.announcedFrom))
      expect(paths, change.name).toContain('/')
      const tripsShowing = [change.before, change.after].flatMap((world) =>
        world.filter((trip) => named(trip, change.record)),
      )
      for (const trip of tripsShowing) {
        const { slug, leader, polities, sources } = onPages(trip)
        expect(paths, change.name).toEqual(
          expect.arrayContaining([
            `/trips/${slug}`,
            `/leaders/${leader}`,
            ...polities.map((polity) => `/countries/${polity}`),
            ...sources.map((source) => `/sources/${source}`),
          ]),
        )
      }
    }
  })
})
