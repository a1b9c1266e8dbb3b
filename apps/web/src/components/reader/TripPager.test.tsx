import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { laterPageNumber, TripPager, TripRange } from './TripPager'

const href = (page: number) => (page === 1 ? '/leaders/kim-il-sung#trips' : `/leaders/kim-il-sung/trips/${page}#trips`)
const pager = (page: number, pages: number, total: number) =>
  renderToStaticMarkup(
    <>
      <TripRange pages={{ page, pages, total }} pageSize={100} />
      <TripPager pages={{ page, pages, total }} label="Pages of trips" href={href} />
    </>,
  )

describe('TripPager', () => {
  it('should show neither range nor links when every trip fits on one page', () => {
    expect(pager(1, 1, 46)).toBe('')
  })

  it('should link the first page to the later one, and say which trips it shows', () => {
    const html = pager(1, 3, 250)
    expect(html).toContain('Trips 1–100 of 250, in date order.')
    expect(html).toContain('<a href="/leaders/kim-il-sung/trips/2#trips">Later trips →</a>')
    expect(html).not.toContain('Earlier trips')
  })

  it('should link a middle page both ways, the earlier one back to the record itself', () => {
    const html = pager(2, 3, 250)
    expect(html).toContain('Trips 101–200 of 250, in date order.')
    expect(html).toContain('<a href="/leaders/kim-il-sung#trips">← Earlier trips</a>')
    expect(html).toContain('<a href="/leaders/kim-il-sung/trips/3#trips">Later trips →</a>')
  })

  it('should end the last page at the last trip, with no later link', () => {
    const html = pager(3, 3, 250)
    expect(html).toContain('Trips 201–250 of 250, in date order.')
    expect(html).not.toContain('Later trips')
  })
})

describe('laterPageNumber', () => {
  it('should read page 2 onwards from a URL segment', () => {
    expect(laterPageNumber('2')).toBe(2)
    expect(laterPageNumber('1000')).toBe(1000)
  })

  it('should refuse page 1 (the record’s own URL) and anything that is not a plain page number', () => {
    for (const segment of ['1', '0', '-2', '02', '2.0', '1e3', 'two', '', '99999999999', ' 2']) {
      expect(laterPageNumber(segment), segment).toBeNull()
    }
  })
})
