import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { VisitsTable } from './VisitsTable'

const SOVIET_UNION = {
  polity: { slug: 'soviet-union', name: 'Soviet Union' },
  visits: 9,
  unconfirmed: 2,
  today: [{ isoCode: 'RU', name: 'Russia' }],
}
const CHINA = { polity: { slug: 'china', name: 'China' }, visits: 12, unconfirmed: 0, today: [] }

const cells = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')),
  )

describe('VisitsTable', () => {
  it('should give unconfirmed visits a column of their own, apart from the counted ones', () => {
    expect(cells(renderToStaticMarkup(<VisitsTable rows={[CHINA, SOVIET_UNION]} caption="Visits" />))).toEqual([
      ['Country (then)', 'Today', 'Visits', 'Unconfirmed'],
      ['China', '—', '12', '—'],
      ['Soviet Union', 'Russia', '9', '2'],
    ])
  })

  it('should leave the column out when every visit is confirmed or reported', () => {
    expect(cells(renderToStaticMarkup(<VisitsTable rows={[CHINA]} caption="Visits" />))[0]).toEqual([
      'Country (then)',
      'Today',
      'Visits',
    ])
  })
})
