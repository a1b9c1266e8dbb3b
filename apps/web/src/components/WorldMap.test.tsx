import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { EAST_GERMANY, RUSSIA, SINGAPORE, SOVIET_UNION, VISITS } from './visuals.fixtures'
import { visitStep, WorldMap } from './WorldMap'

const render = (visits = VISITS, title = 'Countries visited') =>
  renderToStaticMarkup(<WorldMap visits={visits} title={title} />)

/** The `<a>` of one polity, from its opening tag to its close. */
const linkOf = (html: string, slug: string) =>
  html.match(new RegExp(`<a [^>]*href="/countries/${slug}"[^>]*>.*?</a>`, 's'))?.[0]

describe('visitStep', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [4, 2],
    [5, 3],
    [9, 3],
    [10, 4],
    [39, 4],
  ])('should shade %i visits as step %i', (count, step) => {
    expect(visitStep(count)).toBe(step)
  })
})

describe('WorldMap', () => {
  it('should be a labelled drawing', () => {
    const html = render()
    expect(html).toMatch(
      /^<div class="visual world-map"><svg class="world-map__svg" viewBox="0 0 960 500" role="group" aria-labelledby="([^"]+)"><title id="\1">Countries visited<\/title>/,
    )
  })

  it('should link each visited polity to its page, titled with its visits', () => {
    const html = render()
    const link = linkOf(html, 'east-germany')!
    expect(link).toContain('<title>East Germany: 2 visits</title>')
    expect(link.match(/<path /g)).toHaveLength(1)
    expect(link).toContain('class="world-map__country visits-2"')
    expect(linkOf(html, 'china')).toContain('<title>China: 39 visits</title>')
    expect(linkOf(html, 'albania')).toContain('<title>Albania: 1 visit</title>')
  })

  it('should light up all modern countries of a historical polity', () => {
    const html = render([{ polity: SOVIET_UNION, count: 3 }])
    const link = linkOf(html, 'soviet-union')!
    // 15 republics, some drawn in more than one shape at 1:110m.
    expect(link.match(/<path /g)!.length).toBeGreaterThanOrEqual(15)
    expect(html.match(/<a /g)).toHaveLength(1)
  })

  it('should let a modern polity keep its own country and shade it with both polities’ visits', () => {
    const html = render([
      { polity: SOVIET_UNION, count: 12 },
      { polity: RUSSIA, count: 5 },
    ])
    const russia = linkOf(html, 'russia')!
    expect(russia).toContain('visits-4')
    expect(russia).toContain('Russia: 17 visits in all (Soviet Union 12, Russia 5)')
    expect(linkOf(html, 'soviet-union')).not.toContain('Russia:')
  })

  it('should mark a country too small for the atlas with a dot', () => {
    const link = linkOf(render([{ polity: SINGAPORE, count: 1 }]), 'singapore')!
    expect(link).toMatch(/<circle class="world-map__country visits-1" cx="[\d.]+" cy="[\d.]+" r="3.5"/)
  })

  it('should keep a country that shrinks to nothing in a small frame as a dot', () => {
    const html = renderToStaticMarkup(
      <WorldMap
        visits={[{ polity: { slug: 'luxembourg', name: 'Luxembourg', modernIsoCodes: ['LU'] }, count: 1 }]}
        title="t"
        width={120}
        height={63}
      />,
    )
    expect(linkOf(html, 'luxembourg')).toMatch(
      /<circle class="world-map__country visits-1" cx="6\d(\.\d)?" cy="1\d(\.\d)?" r="3.5"/,
    )
  })

  it('should name below the map a visited polity it cannot show', () => {
    const html = render([
      { polity: EAST_GERMANY, count: 2 },
      { polity: { slug: 'west-germany', name: 'West Germany', modernIsoCodes: ['DE'] }, count: 1 },
      { polity: { slug: 'nowhere', name: 'Nowhere', modernIsoCodes: [] }, count: 1 },
    ])
    expect(linkOf(html, 'west-germany')).toBe('<a href="/countries/west-germany">West Germany</a>')
    expect(html).toContain(
      'Also visited, not on the map: <span><a href="/countries/nowhere">Nowhere</a> (1 visit)</span>.',
    )
  })

  it('should say a polity sharing its land with another visited one is on the map in that shading, not missing', () => {
    const html = render([
      { polity: { slug: 'vietnam', name: 'Vietnam', modernIsoCodes: ['VN'] }, count: 3 },
      { polity: { slug: 'north-vietnam', name: 'North Vietnam', modernIsoCodes: ['VN'] }, count: 2 },
    ])
    expect(html).not.toContain('not on the map')
    expect(html).toContain(
      'On the map in the shading of another country visited on the same land: <span><a href="/countries/north-vietnam">North Vietnam</a> (2 visits, shaded with Vietnam)</span>.',
    )
  })

  it('should put each visited polity in exactly one place: shaded, in another’s shading, or not on the map', () => {
    // Vietnam and North Vietnam share VN, the Soviet Union covers Russia's RU and Belarus's BY; SG is a
    // dot; XK has no shape here and ZZ is no country.
    const ON_THE_MAP = ['VN', 'RU', 'BY', 'SG']
    const codes = fc.subarray([...ON_THE_MAP, 'XK', 'ZZ'], { minLength: 0, maxLength: 3 })
    const visits = fc.uniqueArray(
      fc.record({ slug: fc.constantFrom('a', 'b', 'c', 'd', 'e'), codes, count: fc.integer({ min: 1, max: 12 }) }),
      { selector: (visit) => visit.slug, maxLength: 5 },
    )
    fc.assert(
      fc.property(visits, (list) => {
        const html = render(
          list.map(({ slug, codes, count }) => ({
            polity: { slug, name: `Polity ${slug}`, modernIsoCodes: codes },
            count,
          })),
        )
        const svg = html.slice(0, html.indexOf('</svg>'))
        const shared = html.match(/On the map in the shading of another country[^]*?<\/p>/)?.[0] ?? ''
        const missing = html.match(/Also visited, not on the map:[^]*?<\/p>/)?.[0] ?? ''
        for (const { slug, codes } of list) {
          const link = `href="/countries/${slug}"`
          expect([svg, shared, missing].filter((part) => part.includes(link))).toHaveLength(1)
          // Not on the map only when none of its land is: a country is never both shaded and missing.
          if (missing.includes(link)) expect(codes.filter((code) => ON_THE_MAP.includes(code))).toEqual([])
        }
      }),
      { numRuns: 150 },
    )
  })

  it('should list the same data in a visually hidden table, most visited first', () => {
    const html = render()
    const table = html.match(/<table class="visually-hidden">.*<\/table>/s)![0]
    expect(table).toContain('<caption>Countries visited</caption>')
    expect(table).toContain('<th scope="col">Country</th><th scope="col">Visits</th>')
    expect(table).toContain('<tr><th scope="row">East Germany</th><td>2</td></tr>')
    expect(table.indexOf('China')).toBeLessThan(table.indexOf('Soviet Union'))
    expect(table.match(/<tr>/g)).toHaveLength(VISITS.length + 1)
  })

  it('should draw an empty map and say so when there are no visits', () => {
    const html = render([])
    expect(html).not.toContain('<a ')
    expect(html).toMatch(/<td colspan="2">No visits<\/td>/i)
  })

  it('should draw each unvisited country once, in the background path only', () => {
    const html = render()
    const land = html.match(/<path class="world-map__land" d="([^"]*)"/)![1]!
    const visitedPaths = [...html.matchAll(/<path class="world-map__country[^"]*" d="([^"]*)"/g)].map(
      (match) => match[1]!,
    )
    for (const d of visitedPaths) expect(land.includes(d)).toBe(false)
  })

  it('should stay within its byte budget with twenty visited polities', () => {
    const html = render()
    const raw = Buffer.byteLength(html)
    const gzip = gzipSync(html).length
    expect(raw).toBeLessThan(120_000)
    expect(gzip).toBeLessThan(40_000)
  })
})
