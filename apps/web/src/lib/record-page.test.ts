import { describe, expect, it } from 'vitest'
import { recordPageOf } from './record-page'

describe('recordPageOf', () => {
  it('should name the record of each public page and its sub-pages', () => {
    expect(recordPageOf('/trips/moscow-1949')).toEqual({ collection: 'trips', slug: 'moscow-1949' })
    expect(recordPageOf('/leaders/kim-il-sung')).toEqual({ collection: 'leaders', slug: 'kim-il-sung' })
    expect(recordPageOf('/countries/soviet-union')).toEqual({ collection: 'polities', slug: 'soviet-union' })
    expect(recordPageOf('/sources/12')).toEqual({ collection: 'sources', id: 12 })
    expect(recordPageOf('/sources/12/cited-by/3')).toEqual({ collection: 'sources', id: 12 })
    expect(recordPageOf('/sources/12/export/bibtex')).toEqual({ collection: 'sources', id: 12 })
  })

  it('should name no record for other pages or keys no record can have', () => {
    for (const path of [
      '/',
      '/search',
      '/trips',
      '/trips/',
      '/places/moscow',
      '/sources/0',
      '/sources/012',
      '/sources/abc',
      '/sources/99999999999',
      '/trips/Not%20a%20slug',
      '/trips/%E0%A4%A',
    ])
      expect(recordPageOf(path), path).toBeNull()
  })
})
