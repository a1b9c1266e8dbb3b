import { gzipSync } from 'node:zlib'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Timeline, type TTimelineTrip } from './Timeline'
import { ERAS, makeTrips } from './visuals.fixtures'

const render = (trips: TTimelineTrip[]) =>
  renderToStaticMarkup(<Timeline eras={ERAS} trips={trips} from="1948-01-01" to="2026-01-01" />)

const trip = (overrides: Partial<TTimelineTrip>): TTimelineTrip => ({
  slug: 'moscow-1949',
  title: 'First visit to the Soviet Union',
  start: '1949-03-03',
  end: '1949-03-25',
  certainty: 'confirmed',
  leader: 'Kim Il Sung',
  ...overrides,
})

describe('Timeline', () => {
  it('should draw the eras and a decade axis with no trips, and say there are none', () => {
    const html = render([])
    expect(html).toMatch(/role="group" aria-labelledby="([^"]+)"><title id="\1">Foreign trips by date<\/title>/)
    for (const era of ['Kim Il Sung', 'Kim Jong Il', 'Kim Jong Un']) expect(html).toContain(`>${era}</text>`)
    const years = [...html.matchAll(/class="timeline__year"[^>]*>(\d+)</g)].map((match) => match[1])
    expect(years).toEqual(['1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020'])
    expect(html).not.toContain('<a ')
    expect(html).toContain('<p>No trips.</p>')
    expect(html).toContain('<li>Kim Jong Un: 17 December 2011 to the present</li>')
  })

  it('should link each trip to its page, titled with what and when', () => {
    const html = render([trip({})])
    expect(html).toMatch(
      /<a class="timeline__trip timeline__trip--solid" href="\/trips\/moscow-1949"><title>First visit to the Soviet Union — Kim Il Sung, 3–25 March 1949<\/title><circle /,
    )
  })

  it('should draw rumored and disputed trips dashed, refuted ones dotted', () => {
    const html = render([
      trip({ slug: 'a', certainty: 'rumored' }),
      trip({ slug: 'b', certainty: 'disputed', start: '1960-01-01' }),
      trip({ slug: 'c', certainty: 'refuted', start: '1970-01-01' }),
      trip({ slug: 'd', certainty: 'reported', start: '1980-01-01' }),
    ])
    expect(html).toContain(
      '<a class="timeline__trip timeline__trip--dashed" href="/trips/a"><title>First visit to the Soviet Union — Kim Il Sung, 3–25 March 1949 (rumored)</title>',
    )
    expect(html).toContain('class="timeline__trip timeline__trip--dashed" href="/trips/b"')
    expect(html).toContain('class="timeline__trip timeline__trip--dotted" href="/trips/c"')
    expect(html).toContain('class="timeline__trip timeline__trip--solid" href="/trips/d"')
    expect(html).toContain('Refuted</li>')
  })

  it('should place trips by date, later to the right', () => {
    const html = render([trip({ slug: 'late', start: '1990-05-01' }), trip({ slug: 'early', start: '1955-05-01' })])
    const cx = (slug: string) => Number(html.match(new RegExp(`href="/trips/${slug}">.*?<circle cx="([\\d.]+)"`))![1])
    expect(cx('early')).toBeLessThan(cx('late'))
  })

  it('should stack trips close in time instead of overlapping them', () => {
    const html = render([
      trip({ slug: 'a' }),
      trip({ slug: 'b', start: '1949-04-01' }),
      trip({ slug: 'c', start: '1949-05-01' }),
    ])
    const cys = [...html.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((match) => match[1])
    expect(new Set(cys).size).toBe(3)
  })

  it('should list trips by decade in a visually hidden list', () => {
    const html = render(makeTrips(40))
    const list = html.match(/<div class="visually-hidden">.*<\/div>/s)![0]
    expect(list).toContain('<li>1940s: 1 trip<ul>')
    expect(list).toMatch(/<li>1950s: \d+ trips<ul>/)
    expect(list.match(/<li>Official friendship visit/g)).toHaveLength(40)
  })

  it('should list trips starting the same day as trip lists do, the shorter first', () => {
    const html = render([
      trip({ slug: 'june', title: 'Visit known to the month', start: '2018-06-01', end: '2018-06-30' }),
      trip({ slug: 'singapore', title: 'Summit in Singapore', start: '2018-06-10', end: '2018-06-12' }),
      trip({ slug: 'first', title: 'Visit of one day', start: '2018-06-01', end: '2018-06-01' }),
    ])
    const list = html.match(/<div class="visually-hidden">.*<\/div>/s)![0]
    const titles = [...list.matchAll(/<li>(Visit known to the month|Summit in Singapore|Visit of one day)/g)].map(
      (match) => match[1],
    )
    expect(titles).toEqual(['Visit of one day', 'Visit known to the month', 'Summit in Singapore'])
  })

  it('should keep a hundred trips on the page, inside the frame', () => {
    const html = render(makeTrips(100))
    expect(html.match(/<a /g)).toHaveLength(100)
    const height = Number(html.match(/viewBox="0 0 440 ([\d.]+)"/)![1])
    for (const [, cx, cy] of html.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4"/g)) {
      expect(Number(cx)).toBeGreaterThan(0)
      expect(Number(cx)).toBeLessThan(440)
      expect(Number(cy)).toBeGreaterThan(0)
      expect(Number(cy)).toBeLessThan(height)
    }
  })

  it('should stay small with forty trips', () => {
    const html = render(makeTrips(40))
    expect(Buffer.byteLength(html)).toBeLessThan(30_000)
    expect(gzipSync(html).length).toBeLessThan(6_000)
  })
})
