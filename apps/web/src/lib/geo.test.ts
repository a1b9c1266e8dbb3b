import { geoBounds } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { EAST_GERMANY, RUSSIA, SOVIET_UNION } from '../components/visuals.fixtures'
import {
  alpha2ToNumeric,
  compactPath,
  countryOwners,
  politiesToCountryCodes,
  polityCodes,
  projectPath,
  regionAround,
  smallCountryPoint,
  worldCountries,
} from './geo'

describe('alpha2ToNumeric', () => {
  it.each([
    ['DE', '276'],
    ['ru', '643'],
    ['KP', '408'],
    ['CN', '156'],
    ['SG', '702'],
    [' us ', '840'],
  ])('should map %s to %s', (alpha2, numeric) => {
    expect(alpha2ToNumeric(alpha2)).toBe(numeric)
  })

  it('should know no code for a polity that is gone (SU, DD)', () => {
    expect(alpha2ToNumeric('SU')).toBeUndefined()
    expect(alpha2ToNumeric('DD')).toBeUndefined()
  })
})

describe('worldCountries', () => {
  it('should read every shape of the 110m atlas once, with its codes', () => {
    const countries = worldCountries()
    expect(countries).toHaveLength(177)
    expect(worldCountries()).toBe(countries)
    const germany = countries.find((country) => country.alpha2 === 'DE')
    expect(germany).toMatchObject({ numeric: '276', name: 'Germany' })
    expect(countries.find((country) => country.alpha2 === 'KP')?.name).toBe('North Korea')
  })

  it('should give the atlas’ unnumbered territories the code of the country ISO counts them in', () => {
    const codesOf = (name: string) => worldCountries().find((country) => country.name === name)?.alpha2
    expect(codesOf('N. Cyprus')).toBe('CY')
    expect(codesOf('Somaliland')).toBe('SO')
    expect(codesOf('Kosovo')).toBe('XK')
    expect(worldCountries().every((country) => country.alpha2 && country.numeric)).toBe(true)
  })
})

describe('smallCountryPoint', () => {
  it('should place a country too small for the atlas, and no other', () => {
    const [lon, lat] = smallCountryPoint('sg')!
    expect(lon).toBeCloseTo(103.8, 0)
    expect(lat).toBeCloseTo(1.35, 0)
    expect(smallCountryPoint('CN')).toBeUndefined()
  })
})

describe('politiesToCountryCodes', () => {
  it('should light up every modern country of a historical polity with its visits', () => {
    const codes = politiesToCountryCodes([{ polity: SOVIET_UNION, count: 3 }])
    expect(codes.size).toBe(15)
    expect(codes.get('UA')).toBe(3)
    expect(codes.get('EE')).toBe(3)
  })

  it('should sum the visits of polities that share a modern country', () => {
    const codes = politiesToCountryCodes([
      { polity: SOVIET_UNION, count: 12 },
      { polity: RUSSIA, count: 5 },
      { polity: EAST_GERMANY, count: 2 },
      { polity: { slug: 'germany', name: 'Germany', modernIsoCodes: ['de'] }, count: 1 },
    ])
    expect(codes.get('RU')).toBe(17)
    expect(codes.get('BY')).toBe(12)
    expect(codes.get('DE')).toBe(3)
  })

  it('should count a code a polity lists twice once', () => {
    expect(politiesToCountryCodes([{ polity: { ...EAST_GERMANY, modernIsoCodes: ['DE', 'de '] }, count: 2 }])).toEqual(
      new Map([['DE', 2]]),
    )
    expect(polityCodes({ modernIsoCodes: ['de', '', 'DE'] })).toEqual(['DE'])
  })
})

describe('countryOwners', () => {
  it('should give a shared country to the polity with fewer codes, so each can be clicked', () => {
    const owners = countryOwners([
      { polity: SOVIET_UNION, count: 12 },
      { polity: RUSSIA, count: 5 },
    ])
    expect(owners.get('RU')).toBe(1)
    expect(owners.get('UA')).toBe(0)
  })

  it('should break ties by visits, then by order, and skip polities without visits', () => {
    const germany = { slug: 'germany', name: 'Germany', modernIsoCodes: ['DE'] }
    expect(
      countryOwners([
        { polity: germany, count: 1 },
        { polity: EAST_GERMANY, count: 2 },
      ]).get('DE'),
    ).toBe(1)
    expect(
      countryOwners([
        { polity: germany, count: 2 },
        { polity: EAST_GERMANY, count: 2 },
      ]).get('DE'),
    ).toBe(0)
    expect(countryOwners([{ polity: germany, count: 0 }]).size).toBe(0)
  })
})

describe('projectPath', () => {
  it('should fit the whole globe inside the frame', () => {
    const { path } = projectPath({ width: 960, height: 500 })
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'Sphere' })
    expect(x0).toBeGreaterThanOrEqual(-0.5)
    expect(y0).toBeGreaterThanOrEqual(-0.5)
    expect(x1).toBeLessThanOrEqual(960.5)
    expect(y1).toBeLessThanOrEqual(500.5)
    // Natural Earth is about twice as wide as tall: it fills the width and most of the height.
    expect(x1 - x0).toBeGreaterThan(950)
  })

  it('should round path data to one decimal', () => {
    const { path } = projectPath({ width: 960, height: 500 })
    const d = path(worldCountries()[0]!.feature) ?? ''
    expect(d).toMatch(/^M/)
    expect(d).not.toMatch(/\d\.\d\d/)
  })

  it('should clip a regional map to its frame', () => {
    const fit = regionAround([[125.75, 39.02]])!
    const { path } = projectPath({
      width: 640,
      height: 400,
      fitTo: fit.region,
      centerLongitude: fit.centerLongitude,
      clip: true,
    })
    const france = worldCountries().find((country) => country.alpha2 === 'FR')!
    expect(path(france.feature) ?? '').toBe('')
    const korea = worldCountries().find((country) => country.alpha2 === 'KP')!
    const [[x0, y0], [x1, y1]] = path.bounds(korea.feature)
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(0)
    expect(x1).toBeLessThanOrEqual(640)
    expect(y1).toBeLessThanOrEqual(400)
  })
})

describe('regionAround', () => {
  it('should be nothing without points', () => {
    expect(regionAround([])).toBeNull()
  })

  it('should grow a single city into a region of at least the minimum span', () => {
    const { region, centerLongitude } = regionAround([[116.4, 39.9]], { minSpan: 12 })!
    const [[w, s], [e, n]] = geoBounds(region)
    expect(e - w).toBeCloseTo(12, 5)
    expect(n - s).toBeCloseTo(12, 5)
    expect(centerLongitude).toBeCloseTo(116.4, 5)
  })

  it('should contain every point with a margin', () => {
    const points = [
      [125.75, 39.02],
      [37.62, 55.75],
      [13.4, 52.52],
    ] as const
    const [[w, s], [e, n]] = geoBounds(regionAround(points)!.region)
    expect(w).toBeLessThan(13.4)
    expect(e).toBeGreaterThan(125.75)
    expect(s).toBeLessThan(39.02)
    expect(n).toBeGreaterThan(55.75)
  })

  it('should keep a route across the date line small', () => {
    const { region, centerLongitude } = regionAround([
      [178, -18],
      [-175, -21],
    ])!
    const lons = region.geometry.coordinates.map(([lon]) => lon!)
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(20)
    expect(centerLongitude).toBeCloseTo(181.5, 5)
  })
})

describe('compactPath', () => {
  it('should write moves relative, in the fewest characters', () => {
    expect(compactPath('M1.5,2L3.5,4L3,4.5Z')).toBe('M1.5 2l2 2-.5.5z')
    expect(compactPath('M100,-20.1L90,-20.1L90.3,10')).toBe('M100-20.1l-10 0 .3 30.1')
    expect(compactPath('M0,0L0.5,0L1,0.5Z')).toBe('M0 0l.5 0 .5.5z')
  })

  it('should drop vertices within the tolerance, and rings that vanish with them', () => {
    expect(compactPath('M0,0L0.1,0L10,0L10,10Z', 0.5)).toBe('M0 0l10 0 0 10z')
    expect(compactPath('M0,0L0.1,0L0.2,0.1ZM5,5L6,5L6,6Z', 0.5)).toBe('M5 5l1 0 0 1z')
  })

  it('should keep the last point of an open line, however close', () => {
    expect(compactPath('M0,0L5,0L5.2,0', 0.5)).toBe('M0 0l5 0 .2 0')
  })

  it('should leave data it does not understand as it is', () => {
    expect(compactPath('M0,0m0,4.5a4.5,4.5 0 1,1 0,-9z')).toBe('M0,0m0,4.5a4.5,4.5 0 1,1 0,-9z')
    expect(compactPath('')).toBe('')
  })

  it('should draw the same outline as d3 did', () => {
    const { path, draw } = projectPath({ width: 960, height: 500 })
    const korea = worldCountries().find((country) => country.alpha2 === 'KP')!.feature
    const absolute = (path(korea) ?? '').match(/-?[\d.]+/g)!.map(Number)
    // Sum each ring's relative moves back up: every vertex lands where d3 put it, to the tenth.
    const vertices: number[][] = []
    for (const ring of draw(korea, 0).split('M').filter(Boolean)) {
      const [x0, y0, ...deltas] = ring.match(/-?\d*\.?\d+/g)!.map(Number)
      let x = x0!
      let y = y0!
      vertices.push([x, y])
      for (let i = 0; i < deltas.length; i += 2)
        vertices.push([(x = round(x + deltas[i]!)), (y = round(y + deltas[i + 1]!))])
    }
    expect(vertices.length).toBeGreaterThan(20)
    for (const [vx, vy] of vertices) expect(absolute.join(',')).toContain(`${vx},${vy}`)
  })
})

const round = (value: number) => Math.round(value * 10) / 10
