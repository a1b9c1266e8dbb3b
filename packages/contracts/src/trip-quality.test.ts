import { describe, expect, it } from 'vitest'
import { tripFacts } from './trip-facts'
import { tripQualityIssues, type TQualityLookups, type TQualityTrip } from './trip-quality'

const noLookups: TQualityLookups = { overlappingTrips: [], officesByPerson: new Map(), sourceClassById: new Map() }
const stop = (over: Partial<NonNullable<TQualityTrip['stops']>[number]> = {}) => ({
  id: 's1',
  polity: 1,
  places: [],
  start: { year: 1956, month: 6, day: 1 },
  end: { year: 1956, month: 6, day: 6 },
  meetings: [],
  ...over,
})
const citeAll = (trip: TQualityTrip, source = 1): TQualityTrip => ({
  ...trip,
  citations: tripFacts(trip).map((fact) => ({ fact: fact.path, source })),
})
const codes = (trip: TQualityTrip, lookups: Partial<TQualityLookups> = {}) =>
  tripQualityIssues(trip, { ...noLookups, ...lookups }).map((issue) => `${issue.severity}:${issue.code}:${issue.fact}`)

describe('tripQualityIssues', () => {
  it('should find nothing wrong with a fully cited, well-formed trip', () => {
    expect(codes(citeAll({ stops: [stop()] }), { sourceClassById: new Map([[1, 'archival']]) })).toEqual([])
  })

  it('should warn about overlapping stops, not about a travel day shared by two stops', () => {
    const sofia = stop({ id: 's1', start: { year: 1975, month: 6, day: 4 }, end: { year: 1975, month: 6, day: 6 } })
    const yugoslavia = stop({
      id: 's2',
      start: { year: 1975, month: 6, day: 5 },
      end: { year: 1975, month: 6, day: 10 },
    })
    const next = stop({ id: 's3', start: { year: 1975, month: 6, day: 10 }, end: { year: 1975, month: 6, day: 12 } })
    const issues = tripQualityIssues(citeAll({ stops: [sofia, yugoslavia, next] }), noLookups).filter(
      (issue) => issue.code === 'overlapping_stops',
    )
    expect(issues.map((issue) => issue.message)).toEqual([
      'Stops 1 and 2 overlap (1975-06-04 – 1975-06-06 and 1975-06-05 – 1975-06-10).',
    ])
  })

  it('should carry the importer’s notes as warnings until an editor removes them', () => {
    const trip = citeAll({
      stops: [stop()],
      importWarnings: [{ line: 52, message: 'Line 52: repeats the dates of line 21' }],
    })
    expect(tripQualityIssues(trip, noLookups)).toContainEqual({
      code: 'import_note',
      severity: 'warning',
      fact: null,
      message: 'Import: Line 52: repeats the dates of line 21',
    })
  })

  it('should block a stop that ends before it starts', () => {
    expect(codes(citeAll({ stops: [stop({ end: { year: 1956, month: 5 } })] }))).toContain(
      'error:stop_dates_reversed:stops.s1.dates',
    )
  })

  it('should warn about a stop with no country (kept visible, not fixed)', () => {
    const issues = tripQualityIssues(citeAll({ stops: [stop({ polity: null })] }), noLookups)
    expect(issues).toContainEqual({
      code: 'stop_without_polity',
      severity: 'warning',
      fact: 'stops.s1.polity',
      message: 'Stop 1: no country given.',
    })
  })

  it('should flag each uncited fact by name, as an error: it blocks approval', () => {
    expect(codes({ stops: [stop()] })).toEqual([
      'error:uncited_fact:certainty',
      'error:uncited_fact:stops.s1.dates',
      'error:uncited_fact:stops.s1.polity',
    ])
  })

  it('should warn when a fact rests on tertiary sources only, not when another source backs it', () => {
    const trip = citeAll({ stops: [stop()] }, 9)
    const lookups = {
      sourceClassById: new Map([
        [9, 'tertiary'],
        [2, 'archival'],
      ]),
    }
    expect(codes(trip, lookups)).toContain('warning:tertiary_only:stops.s1.dates')
    const backed = { ...trip, citations: [...(trip.citations ?? []), { fact: 'stops.s1.dates', source: 2 }] }
    expect(codes(backed, lookups)).not.toContain('warning:tertiary_only:stops.s1.dates')
  })

  it('should warn when a person met held no recorded office that day', () => {
    const trip = citeAll({ stops: [stop({ meetings: [{ id: 'm1', person: 5 }] })] })
    const officesByPerson = new Map([
      [5, { name: 'Nikita Khrushchev', offices: [{ from: { year: 1958, month: 3, day: 27 } }] }],
    ])
    expect(tripQualityIssues(trip, { ...noLookups, officesByPerson })).toContainEqual(
      expect.objectContaining({
        code: 'no_office_on_date',
        fact: 'stops.s1.meetings.m1',
        message: 'Stop 1: Nikita Khrushchev held no recorded office on 1956-06-01.',
      }),
    )
    const inOffice = new Map([
      [5, { name: 'Nikita Khrushchev', offices: [{ from: { year: 1953, month: 9 }, to: { year: 1964, month: 10 } }] }],
    ])
    expect(codes(trip, { officesByPerson: inOffice })).toEqual([])
  })

  it('should warn when the title printed is not an office the person held that day, naming both', () => {
    const trip = citeAll({
      stops: [
        stop({
          start: { year: 1984, month: 6, day: 7 },
          meetings: [{ id: 'm1', person: 7, title: "General Secretary of the Hungarian Socialist Workers' Party" }],
        }),
      ],
    })
    const officesByPerson = new Map([
      [
        7,
        {
          name: 'János Kádár',
          offices: [
            {
              title: "First Secretary of the Hungarian Socialist Workers' Party",
              from: { year: 1956 },
              to: { year: 1985, month: 3 },
            },
            { title: "General Secretary of the Hungarian Socialist Workers' Party", from: { year: 1985, month: 3 } },
          ],
        },
      ],
    ])
    expect(tripQualityIssues(trip, { ...noLookups, officesByPerson })).toContainEqual({
      code: 'title_differs_from_office',
      severity: 'warning',
      fact: 'stops.s1.meetings.m1',
      message:
        'Stop 1: the source prints "General Secretary of the Hungarian Socialist Workers\' Party", but on 1984-06-07 János Kádár held "First Secretary of the Hungarian Socialist Workers\' Party".',
    })
    const in1985 = citeAll({
      stops: [
        stop({ ...trip.stops![0]!, start: { year: 1985, month: 6, day: 1 }, end: { year: 1985, month: 6, day: 3 } }),
      ],
    })
    expect(codes(in1985, { officesByPerson })).toEqual([])
  })

  it('should not check a person with no office on record, nor a meeting with no title printed', () => {
    const trip = citeAll({
      stops: [
        stop({
          meetings: [
            { id: 'm1', person: 8 },
            { id: 'm2', person: 9, title: 'Painter' },
          ],
        }),
      ],
    })
    const officesByPerson = new Map([
      [8, { name: 'Anastas Mikoyan', offices: [{ title: 'Deputy Chairman', from: { year: 1946 } }] }],
      [9, { name: 'Otto Nagel', offices: [] }],
    ])
    expect(codes(trip, { officesByPerson })).toEqual([])
  })

  it('should tell an overlapping trip from a duplicate of the same dates', () => {
    const trip = { ...citeAll({ stops: [stop()] }), id: 1, startsOn: '1956-06-01', endsOn: '1956-06-06' }
    const overlappingTrips = [
      { id: 2, title: 'Tour of 1956', startsOn: '1956-06-05T00:00:00.000Z', endsOn: '1956-06-10T00:00:00.000Z' },
      { id: 3, title: 'Same row again', startsOn: '1956-06-01T00:00:00.000Z', endsOn: '1956-06-06T00:00:00.000Z' },
      { id: 1, title: 'Itself', startsOn: '1956-06-01', endsOn: '1956-06-06' },
    ]
    expect(codes(trip, { overlappingTrips })).toEqual(['warning:overlapping_trip:null', 'warning:duplicate_trip:null'])
  })
})
