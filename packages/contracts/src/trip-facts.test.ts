import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  factPath,
  formatFactPath,
  parseFactPath,
  STOP_FACTS,
  STOP_ROW_FACTS,
  tripFactLabel,
  tripFacts,
  uncitedFacts,
  type TFactRef,
} from './trip-facts'

const trip = {
  stops: [
    { id: 's1', polity: 7, places: [3], meetings: [{ id: 'm1' }], details: [{ id: 'd1' }], alternativeDates: [] },
    {
      id: 's2',
      polity: null,
      places: [],
      meetings: [],
      details: null,
      alternativeDates: [{ id: 'a1' }],
      alternativePolities: [{ id: 'p1' }],
    },
  ],
}

describe('tripFacts', () => {
  it('should list every fact a reader sees, addressed by row IDs', () => {
    expect(tripFacts(trip).map((fact) => fact.path)).toEqual([
      'certainty',
      'stops.s1.dates',
      'stops.s1.polity',
      'stops.s1.places',
      'stops.s1.meetings.m1',
      'stops.s1.details.d1',
      'stops.s2.dates',
      'stops.s2.alternativeDates.a1',
      'stops.s2.alternativePolities.p1',
    ])
  })

  it('should label facts for editors by position', () => {
    expect(tripFacts(trip).find((fact) => fact.path === 'stops.s1.meetings.m1')?.label).toBe('Stop 1: meeting 1')
  })

  it('should keep paths stable when stops are reordered', () => {
    const reordered = { stops: [trip.stops[1]!, trip.stops[0]!] }
    expect(new Set(tripFacts(reordered).map((f) => f.path))).toEqual(new Set(tripFacts(trip).map((f) => f.path)))
  })

  it('should read the admin form state, where an empty array is a row count', () => {
    const formState = {
      stops: [{ id: 's1', polity: 7, places: 0, meetings: 0, details: 0, alternativeDates: 0 }],
      citations: 0,
    }
    expect(tripFacts(formState as never).map((fact) => fact.path)).toEqual([
      'certainty',
      'stops.s1.dates',
      'stops.s1.polity',
    ])
    expect(uncitedFacts(formState as never)).toHaveLength(3)
  })
})

describe('uncitedFacts', () => {
  it('should list the facts no citation supports', () => {
    const citations = tripFacts(trip)
      .filter((fact) => fact.path !== 'stops.s2.dates')
      .map((fact) => ({ fact: fact.path }))
    expect(uncitedFacts({ ...trip, citations }).map((fact) => fact.path)).toEqual(['stops.s2.dates'])
  })

  it('should count a trip with no stops as needing its certainty cited', () => {
    expect(uncitedFacts({ stops: [] }).map((fact) => fact.path)).toEqual(['certainty'])
  })
})

describe('factPath', () => {
  it.each([
    [factPath.certainty(), 'certainty'],
    [factPath.stopDates('65a1f0c2e4b0a1b2c3d4e5f6'), 'stops.65a1f0c2e4b0a1b2c3d4e5f6.dates'],
    [factPath.stopPolity('pyongyang-1'), 'stops.pyongyang-1.polity'],
    [factPath.stopPlaces('pyongyang-1'), 'stops.pyongyang-1.places'],
    [factPath.meeting('pyongyang-1', 'pyongyang-1-m1'), 'stops.pyongyang-1.meetings.pyongyang-1-m1'],
    [factPath.detail('pyongyang-1', 'pyongyang-1-d1'), 'stops.pyongyang-1.details.pyongyang-1-d1'],
    [factPath.alternativeDates('pyongyang-1', 'pyongyang-1-a1'), 'stops.pyongyang-1.alternativeDates.pyongyang-1-a1'],
    [factPath.alternativePolity('pyongyang-1', 'x'), 'stops.pyongyang-1.alternativePolities.x'],
  ])('should write %j in the stored format', (written, stored) => {
    expect(written).toBe(stored)
  })
})

// Row IDs as they occur: Payload's ObjectID hex, seed keys, anything without a dot.
const rowIdArb = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{24}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]+$/),
  fc.string({ minLength: 1 }).filter((id) => !id.includes('.')),
)
const factRefArb: fc.Arbitrary<TFactRef> = fc.oneof(
  fc.constant({ kind: 'certainty' as const }),
  fc.record({ kind: fc.constantFrom(...STOP_FACTS), stopId: rowIdArb }),
  fc.record({ kind: fc.constantFrom(...STOP_ROW_FACTS), stopId: rowIdArb, rowId: rowIdArb }),
)

describe('parseFactPath', () => {
  it('should read back every kind of fact path the builder writes', () => {
    fc.assert(
      fc.property(factRefArb, (ref) => {
        expect(parseFactPath(formatFactPath(ref))).toEqual(ref)
      }),
      { numRuns: 500 },
    )
  })

  it('should read back every path of a trip', () => {
    const paths = tripFacts({
      stops: [
        {
          id: 's1',
          polity: 7,
          places: [3],
          meetings: [{ id: 'm1' }],
          details: [{ id: 'd1' }],
          alternativeDates: [{ id: 'a1' }],
          alternativePolities: [{ id: 'p1' }],
        },
      ],
    }).map((fact) => fact.path)
    expect(paths).toHaveLength(8)
    expect(paths.map((path) => parseFactPath(path)?.kind)).toEqual(['certainty', ...STOP_FACTS, ...STOP_ROW_FACTS])
  })

  it.each([
    '',
    'Certainty',
    'certainty.s1',
    'stops',
    'stops.s1',
    'stops..dates',
    'stops.s1.dates.x',
    'stops.s1.meetings',
    'stops.s1.meetings.',
    'stops.s1.meetings.m1.x',
    'stops.s1.meeting.m1',
    'stops.s1.alternativePolity.p1',
    'stop.s1.dates',
    '.stops.s1.dates',
    'stops.s1.dates.',
    'stops.s1.toString',
    'stops.s1.constructor.x',
  ])('should refuse the malformed path %j', (path) => {
    expect(parseFactPath(path)).toBeNull()
  })

  it('should accept only paths the builder writes back unchanged', () => {
    // Near-misses: the words of real paths, joined in any order and number.
    const token = fc.constantFrom('stops', 'certainty', 's1', 'm1', '', 'x', ...STOP_FACTS, ...STOP_ROW_FACTS)
    const nearPath = fc.array(token, { maxLength: 5 }).map((words) => words.join('.'))
    fc.assert(
      fc.property(fc.oneof(nearPath, fc.string()), (path) => {
        const ref = parseFactPath(path)
        if (ref) expect(formatFactPath(ref)).toBe(path)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('tripFactLabel', () => {
  it('should name a fact by its stop, the stop’s country when known, and its row', () => {
    expect(tripFactLabel({ kind: 'dates', stopId: 'a' }, 1, 0, 'North Vietnam')).toBe('Stop 2 (North Vietnam): dates')
    expect(tripFactLabel({ kind: 'meetings', stopId: 'a', rowId: 'b' }, 0, 2)).toBe('Stop 1: meeting 3')
    expect(tripFactLabel({ kind: 'details', stopId: 'a', rowId: 'b' }, 0, -1, 'China')).toBe(
      'Stop 1 (China): a detail since removed',
    )
    expect(tripFactLabel({ kind: 'certainty' }, 3, 3, 'China')).toBe('Certainty of the trip')
  })
})
