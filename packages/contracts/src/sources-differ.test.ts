import { describe, expect, it } from 'vitest'
import { sourcesDiffer } from './sources-differ'

describe('sourcesDiffer', () => {
  it('should pair each preferred fact with its competing values', () => {
    const trip = {
      stops: [
        { id: 's1', polity: 1, alternativeDates: [{ id: 'a1' }, { id: 'a2' }], alternativePolities: [] },
        { id: 's2', polity: 2, alternativePolities: [{ id: 'p1' }] },
      ],
    }
    expect(sourcesDiffer(trip)).toEqual([
      {
        fact: 'stops.s1.dates',
        label: 'Stop 1: dates',
        alternatives: ['stops.s1.alternativeDates.a1', 'stops.s1.alternativeDates.a2'],
      },
      { fact: 'stops.s2.polity', label: 'Stop 2: country', alternatives: ['stops.s2.alternativePolities.p1'] },
    ])
  })

  it('should report nothing when every source agrees', () => {
    expect(sourcesDiffer({ stops: [{ id: 's1', polity: 1, alternativeDates: [] }] })).toEqual([])
    expect(sourcesDiffer({ stops: null })).toEqual([])
  })
})
