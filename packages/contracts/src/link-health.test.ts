import { describe, expect, it } from 'vitest'
import {
  isUsurped,
  looksParked,
  nextLinkState,
  normaliseText,
  quoteAppears,
  registrableDomain,
  sourceHealthIssues,
  type TLinkObservation,
} from './link-health'

const seen = (changes: Partial<TLinkObservation>): TLinkObservation => ({
  httpStatus: 200,
  error: null,
  url: 'https://news.example/2019/kim-moscow',
  finalUrl: 'https://news.example/2019/kim-moscow',
  text: 'kim arrived in moscow',
  ...changes,
})
const DAY = 24 * 60 * 60 * 1000
const start = new Date('2026-11-01T00:00:00Z')

describe('nextLinkState', () => {
  it('should call one failure failing, and dead only after three spanning three days', () => {
    const first = nextLinkState(null, seen({ httpStatus: 503 }), start)
    expect(first).toEqual({ health: 'failing', failures: 1, failingSince: start.toISOString() })
    const third = nextLinkState(
      nextLinkState(first, seen({ httpStatus: null, error: 'timeout' }), new Date(start.getTime() + DAY)),
      seen({ httpStatus: 404 }),
      new Date(start.getTime() + 2 * DAY),
    )
    expect(third.health).toBe('failing')
    expect(nextLinkState(third, seen({ httpStatus: 404 }), new Date(start.getTime() + 3 * DAY)).health).toBe('dead')
  })

  it('should call 410 dead at once and a success live again', () => {
    const gone = nextLinkState(null, seen({ httpStatus: 410 }), start)
    expect(gone.health).toBe('dead')
    expect(nextLinkState(gone, seen({}), start)).toEqual({ health: 'live', failures: 0, failingSince: null })
  })
})

describe('isUsurped', () => {
  it('should call a parked page usurped, wherever it is', () => {
    expect(isUsurped(seen({ text: 'this domain is for sale! inquire now' }))).toBe(true)
    expect(looksParked('the domain name system is old')).toBe(false)
  })

  it("should call a deep link sent to another domain's front page usurped, not one moved within its site", () => {
    expect(isUsurped(seen({ finalUrl: 'https://casino.example/' }))).toBe(true)
    expect(isUsurped(seen({ finalUrl: 'https://www.news.example/' }))).toBe(false)
    expect(isUsurped(seen({ finalUrl: 'https://archive.news.example/2019/kim-moscow' }))).toBe(false)
  })

  it('should read registrable domains near enough', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk')
    expect(registrableDomain('news.example.org')).toBe('example.org')
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1')
  })
})

describe('quoteAppears', () => {
  it('should match whatever the markup, entities, quotation marks, whitespace and case', () => {
    const page = normaliseText(
      '<p>He said: &ldquo;We  are\n<b>brothers</b>&rdquo; &mdash; at&nbsp;the station.</p><script>x()</script>',
    )
    expect(quoteAppears('"We are brothers" — at the station', page)).toBe(true)
    expect(quoteAppears('We are allies', page)).toBe(false)
    expect(page).not.toContain('x()')
  })
})

describe('sourceHealthIssues', () => {
  it('should warn of a dead source and of each drifted citation of this trip only', () => {
    const issues = sourceHealthIssues(
      { id: 1, citations: [{ id: 'c1', fact: 'certainty', source: 5 }] },
      new Map([
        [
          5,
          {
            title: 'Report',
            health: 'dead' as const,
            checkedOn: '2026-11-20',
            drift: [
              { trip: 1, citation: 'c1', factLabel: 'Certainty of the trip', seenOn: '2026-11-19' },
              { trip: 2, citation: 'c9', factLabel: 'Other trip', seenOn: '2026-11-19' },
            ],
            archiveUrl: null,
          },
        ],
        [6, { title: 'Not cited', health: 'dead' as const, checkedOn: '2026-11-20', drift: [], archiveUrl: null }],
      ]),
    )
    expect(issues.map((issue) => [issue.code, issue.fact])).toEqual([
      ['dead_source', null],
      ['quote_drift', 'certainty'],
    ])
    expect(issues[0]!.message).toBe(
      '"Report": its web address is dead (checked 2026-11-20). No archived copy found yet.',
    )
  })
})
