import { describe, expect, it } from 'vitest'
import { citableFacts, referenceFactPath, referenceFacts } from './reference-facts'

describe('referenceFacts', () => {
  it('should list an office per row, addressed by its row ID, after the name', () => {
    const leader = {
      offices: [
        { id: 'o1', title: 'Premier' },
        { id: 'o2', title: 'President' },
      ],
    }
    expect(referenceFacts('leaders', leader).map((fact) => fact.path)).toEqual(['name', 'offices.o1', 'offices.o2'])
    expect(referenceFacts('people', leader).find((fact) => fact.path === 'offices.o2')?.label).toBe(
      'Office 2: President',
    )
  })

  it('should list only the facts a polity states', () => {
    expect(referenceFacts('polities', {}).map((fact) => fact.path)).toEqual(['name'])
    const polity = {
      officialName: 'German Democratic Republic',
      validTo: { year: 1990 },
      predecessors: [],
      successors: [4],
    }
    expect(referenceFacts('polities', polity).map((fact) => fact.path)).toEqual([
      'name',
      'officialName',
      'validity',
      'successors',
    ])
  })

  it("should list a place's country and its coordinates only when both are given", () => {
    expect(referenceFacts('places', { polity: 3, latitude: 55.75, longitude: null }).map((fact) => fact.path)).toEqual([
      'name',
      'polity',
    ])
    expect(referenceFacts('places', { latitude: 55.75, longitude: 37.62 }).map((fact) => fact.path)).toEqual([
      'name',
      referenceFactPath.coordinates(),
    ])
  })

  it('should read the admin form state, where an empty array is a row count', () => {
    expect(referenceFacts('people', { offices: 0 } as never).map((fact) => fact.path)).toEqual(['name'])
  })
})

describe('citableFacts', () => {
  it('should give a trip its trip facts, a source none and a reference record its own', () => {
    expect(citableFacts('trips', { stops: [] }).map((fact) => fact.path)).toEqual(['certainty'])
    expect(citableFacts('sources', { title: 'x' })).toEqual([])
    expect(citableFacts('places', { polity: 1 }).map((fact) => fact.path)).toEqual(['name', 'polity'])
  })
})
