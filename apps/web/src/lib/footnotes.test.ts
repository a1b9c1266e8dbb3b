import { fixtureCitation } from '@itinera/contracts/public-trip.fixtures'
import { describe, expect, it } from 'vitest'
import { buildFootnotes } from './footnotes'

describe('buildFootnotes', () => {
  const { notes, markersFor } = buildFootnotes(
    [fixtureCitation('c1', 'stops.s2.dates', 9, '14'), fixtureCitation('c2', 'certainty', 5), fixtureCitation('c3', 'stops.s1.dates', 9, '12'), fixtureCitation('c4', 'stops.s1.dates', 5)],
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
