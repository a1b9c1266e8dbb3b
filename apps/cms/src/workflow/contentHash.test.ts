import { describe, expect, it } from 'vitest'
import { citationHash } from './contentHash'

const citation = {
  fact: 'stops.s1.dates',
  source: 7,
  locator: { page: '95', folio: null, paragraph: null, footnote: null },
  quote: 'прибыл в Москву',
  quoteLanguage: 'ru',
  translation: 'arrived in Moscow',
  note: null,
}

describe('citationHash', () => {
  it('should be the same for the same citation however it was read (row id, populated source, empty fields)', () => {
    expect(citationHash({ ...citation, id: 'row-1' } as typeof citation)).toBe(citationHash(citation))
    expect(citationHash({ ...citation, source: { id: 7 } })).toBe(citationHash(citation))
    expect(
      citationHash({ ...citation, note: '', locator: { page: '95 ', folio: '', paragraph: null, footnote: null } }),
    ).toBe(citationHash(citation))
  })

  it('should change with anything a reviewer checks against the source', () => {
    const changes = [
      { fact: 'stops.s1.places' },
      { source: 8 },
      { locator: { page: '96', folio: null, paragraph: null, footnote: null } },
      { locator: { page: null, folio: '95', paragraph: null, footnote: null } },
      { quote: 'прибыл в Ленинград' },
      { quoteLanguage: 'de' },
      { translation: 'reached Moscow' },
      { note: 'The date is the telegram’s.' },
    ]
    const hashes = changes.map((change) => citationHash({ ...citation, ...change }))
    expect(new Set([citationHash(citation), ...hashes]).size).toBe(changes.length + 1)
  })
})
