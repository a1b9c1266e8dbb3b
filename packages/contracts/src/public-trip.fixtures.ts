import type { TPublicTrip } from './schemas'

type TCitation = TPublicTrip['citations'][number]

/** A cited source with only what the open-data and reader helpers read, for tests. */
export const fixtureSource = (id: number): TCitation['source'] => ({
  id,
  kind: 'book',
  sourceClass: null,
  title: `Source ${id}`,
  authors: [],
  date: null,
  publisher: null,
  url: null,
  urlStatus: null,
  archiveUrl: null,
  archiveDate: null,
  repository: null,
  identifiers: null,
})

/** A citation of `fact` to source `sourceId`, optionally at a page. */
export const fixtureCitation = (id: string, fact: string, sourceId: number, page?: string): TCitation => ({
  id,
  fact,
  source: fixtureSource(sourceId),
  locator: page ? { page, folio: null, paragraph: null, footnote: null } : null,
  quote: null,
  quoteLanguage: null,
  translation: null,
  note: null,
  checkedOn: null,
  checkedBy: null,
})

/** One approved trip with a stop, a place, a meeting and citations, for the open-data tests. */
export const fixtureTrip = {
  id: 1,
  slug: '1949-03-soviet-union',
  title: 'Visit to the Soviet Union',
  leader: { id: 1, slug: 'kim-il-sung', name: 'Kim Il Sung' },
  kind: 'state',
  certainty: 'confirmed',
  transport: [],
  summary: null,
  announcedOn: null,
  startsOn: '1949-03-03',
  endsOn: '1949-03-25',
  stops: [
    {
      id: 's1',
      polity: { id: 1, slug: 'soviet-union', name: 'Soviet Union' },
      polityNameOnDate: 'Soviet Union',
      places: [{ id: 1, slug: 'moscow', name: 'Moscow', latitude: 55.75, longitude: 37.62 }],
      start: { year: 1949, month: 3, day: 3, circa: false },
      end: { year: 1949, month: 3, day: 25, circa: false },
      meetings: [
        {
          id: 'm1',
          person: { id: 1, slug: 'joseph-stalin', name: 'Joseph Stalin' },
          title: 'Chairman',
          officesOnDate: null,
        },
      ],
      details: [],
      alternativeDates: [],
      alternativePolities: [],
    },
  ],
  citations: [
    fixtureCitation('c1', 'certainty', 5),
    fixtureCitation('c2', 'stops.s1.dates', 5),
    fixtureCitation('c3', 'stops.s1.meetings.m1', 7),
  ],
  sourcesDiffer: [],
  approvedAt: null,
} as TPublicTrip
