import { fixtureCitation } from '@itinera/contracts/public-trip.fixtures'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FootnoteDetails } from '../components/reader/FootnoteDetails'
import { FootnoteMarkers } from '../components/reader/FootnoteMarkers'
import { buildFootnotes, footnoteDetails } from './footnotes'

describe('buildFootnotes', () => {
  const { notes, markersFor } = buildFootnotes(
    [
      fixtureCitation('c1', 'stops.s2.dates', 9, '14'),
      fixtureCitation('c2', 'certainty', 5),
      fixtureCitation('c3', 'stops.s1.dates', 9, '12'),
      fixtureCitation('c4', 'stops.s1.dates', 5),
    ],
    ['certainty', 'stops.s1.dates', 'stops.s2.dates'],
  )

  it('should number sources by first appearance on the page and keep one note per source', () => {
    expect(notes.map((note) => [note.number, note.source.id])).toEqual([
      [1, 5],
      [2, 9],
    ])
  })

  it('should letter each use of a source, each with its own locator, for the back-links', () => {
    expect(notes[1]!.uses.map((use) => [use.letter, use.citation.locator?.page, use.refId])).toEqual([
      ['a', '12', 'cite-ref-2-a'],
      ['b', '14', 'cite-ref-2-b'],
    ])
  })

  it('should put markers on each fact pointing at the note and back', () => {
    expect(markersFor('stops.s1.dates')).toEqual([
      { number: 2, letter: 'a', refId: 'cite-ref-2-a', noteId: 'cite-note-2', preview: 'Source 9, p. 12' },
      { number: 1, letter: 'b', refId: 'cite-ref-1-b', noteId: 'cite-note-1', preview: 'Source 5' },
    ])
    expect(markersFor('stops.s9.dates')).toEqual([])
  })
})

describe('one marker per source per fact', () => {
  it('should put one marker on a fact cited twice to one source, and keep each locator in the note', () => {
    const { notes, markersFor } = buildFootnotes(
      [fixtureCitation('c1', 'certainty', 5, '12'), fixtureCitation('c2', 'certainty', 5, '14')],
      ['certainty'],
    )
    expect(markersFor('certainty')).toEqual([
      { number: 1, letter: 'a', refId: 'cite-ref-1-a', noteId: 'cite-note-1', preview: 'Source 5, p. 12' },
    ])
    expect(notes.map((note) => note.uses.map((use) => [use.letter, use.citation.locator?.page]))).toEqual([
      [
        ['a', '12'],
        ['b', '14'],
      ],
    ])
  })

  it('should put a marker per source on a fact cited to several, in the order cited', () => {
    const { markersFor } = buildFootnotes(
      [
        fixtureCitation('c1', 'certainty', 7),
        fixtureCitation('c2', 'certainty', 5),
        fixtureCitation('c3', 'certainty', 7, '3'),
        fixtureCitation('c4', 'certainty', 9),
      ],
      ['certainty'],
    )
    expect(markersFor('certainty').map((marker) => [marker.number, marker.refId])).toEqual([
      [1, 'cite-ref-1-a'],
      [2, 'cite-ref-2-a'],
      [3, 'cite-ref-3-a'],
    ])
  })

  it('should put a marker on each fact that cites the same source', () => {
    const { markersFor } = buildFootnotes(
      [fixtureCitation('c1', 'stops.s1.dates', 5), fixtureCitation('c2', 'certainty', 5)],
      ['certainty', 'stops.s1.dates'],
    )
    expect(
      [...markersFor('certainty'), ...markersFor('stops.s1.dates')].map((marker) => [
        marker.number,
        marker.letter,
        marker.refId,
      ]),
    ).toEqual([
      [1, 'a', 'cite-ref-1-a'],
      [1, 'b', 'cite-ref-1-b'],
    ])
  })

  it('should render a fact cited twice to one source and once to another as [1][2], each marker the target of its back-links', () => {
    const { markersFor } = buildFootnotes(
      [
        fixtureCitation('c1', 'certainty', 5, '12'),
        fixtureCitation('c2', 'certainty', 9),
        fixtureCitation('c3', 'certainty', 5, '14'),
      ],
      ['certainty'],
    )
    expect(renderToStaticMarkup(createElement(FootnoteMarkers, { markers: markersFor('certainty') }))).toBe(
      '<sup class="fn" id="cite-ref-1-a"><a href="#cite-note-1" aria-label="Source 1" title="Source 5, p. 12">[1]</a></sup>' +
        '<sup class="fn" id="cite-ref-2-a"><a href="#cite-note-2" aria-label="Source 2" title="Source 9">[2]</a></sup>',
    )
    expect(renderToStaticMarkup(createElement(FootnoteMarkers, { markers: markersFor('stops.s1.dates') }))).toBe('')
  })

  it('should send every back-link to a marker on the page', () => {
    const facts = ['certainty', 'stops.s1.dates']
    const { notes, markersFor } = buildFootnotes(
      [
        fixtureCitation('c1', 'certainty', 5, '12'),
        fixtureCitation('c2', 'certainty', 5, '14'),
        fixtureCitation('c3', 'stops.s1.dates', 5),
        fixtureCitation('c4', 'stops.s1.dates', 9),
      ],
      facts,
    )
    const markerIds = facts.flatMap((fact) => markersFor(fact).map((marker) => marker.refId))
    expect(markerIds).toEqual(['cite-ref-1-a', 'cite-ref-1-c', 'cite-ref-2-a'])
    expect(notes.flatMap((note) => note.uses.map((use) => [use.letter, use.refId]))).toEqual([
      ['a', 'cite-ref-1-a'],
      ['b', 'cite-ref-1-a'],
      ['c', 'cite-ref-1-c'],
      ['a', 'cite-ref-2-a'],
    ])
  })
})

describe('footnoteDetails', () => {
  it('should give uses with the same locator one row with all their letters, as Wikipedia groups them', () => {
    const { notes } = buildFootnotes(
      [
        fixtureCitation('c1', 'certainty', 5, '4'),
        fixtureCitation('c2', 'stops.s1.dates', 5, '9'),
        fixtureCitation('c3', 'stops.s2.dates', 5, '4'),
        fixtureCitation('c4', 'stops.s3.dates', 5),
        fixtureCitation('c5', 'stops.s4.dates', 5, '4'),
      ],
      ['certainty', 'stops.s1.dates', 'stops.s2.dates', 'stops.s3.dates', 'stops.s4.dates'],
    )
    expect(footnoteDetails(notes[0]!).map((row) => [row.letters, row.citation.locator?.page])).toEqual([
      [['a', 'c', 'e'], '4'],
      [['b'], '9'],
    ])
  })

  it('should give a checked use a row of its own, apart from uses checked another day or by someone else', () => {
    const checked = (id: string, fact: string, checkedOn: string | null, checkedBy: string | null) => ({
      ...fixtureCitation(id, fact, 5),
      checkedOn,
      checkedBy,
    })
    const { notes } = buildFootnotes(
      [
        checked('c1', 'certainty', '2026-12-02T10:00:00.000Z', null),
        checked('c2', 'stops.s1.dates', '2026-12-02T16:30:00.000Z', null),
        checked('c3', 'stops.s2.dates', '2026-12-02T16:30:00.000Z', 'A. Reviewer'),
        checked('c4', 'stops.s3.dates', null, null),
      ],
      ['certainty', 'stops.s1.dates', 'stops.s2.dates', 'stops.s3.dates'],
    )
    expect(footnoteDetails(notes[0]!).map((row) => [row.letters, row.citation.checkedBy])).toEqual([
      [['a', 'b'], null],
      [['c'], 'A. Reviewer'],
    ])
  })

  it('should give uses with the same locator one row even when their notes differ, each note lettered', () => {
    const noted = (id: string, fact: string, note: string | null) => ({ ...fixtureCitation(id, fact, 5, '4'), note })
    const { notes } = buildFootnotes(
      [
        noted('c1', 'certainty', null),
        noted('c2', 'stops.s1.dates', 'Gives the month only.'),
        noted('c3', 'stops.s2.dates', null),
        { ...fixtureCitation('c4', 'stops.s3.dates', 5, '9') },
      ],
      ['certainty', 'stops.s1.dates', 'stops.s2.dates', 'stops.s3.dates'],
    )
    const rows = footnoteDetails(notes[0]!)
    expect(rows.map((row) => [row.letters, row.citation.locator?.page])).toEqual([
      [['a', 'b', 'c'], '4'],
      [['d'], '9'],
    ])
    expect(rows[0]!.details.map((detail) => [detail.letters, detail.note])).toEqual([[['b'], 'Gives the month only.']])
    const text = renderToStaticMarkup(createElement(FootnoteDetails, { note: notes[0]! })).replace(/<[^>]+>/g, '')
    expect(text).toBe('a, b, c: p. 4 (b) Gives the month only.d: p. 9')
  })

  it('should show a detail every use of its row shares once, unlettered', () => {
    const quoted = (id: string, fact: string) => ({ ...fixtureCitation(id, fact, 5, '4'), note: 'Photo caption.' })
    const { notes } = buildFootnotes(
      [quoted('c1', 'certainty'), quoted('c2', 'stops.s1.dates')],
      ['certainty', 'stops.s1.dates'],
    )
    const text = renderToStaticMarkup(createElement(FootnoteDetails, { note: notes[0]! })).replace(/<[^>]+>/g, '')
    expect(text).toBe('a, b: p. 4 Photo caption.')
  })
})
