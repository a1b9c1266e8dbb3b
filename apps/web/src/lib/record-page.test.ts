import { describe, expect, it } from 'vitest'
import { isDecodablePath, recordPageOf } from './record-page'

describe('recordPageOf', () => {
  it('should name the record of each public page and its sub-pages', () => {
    expect(recordPageOf('/trips/moscow-1949')).toEqual({ collection: 'trips', slug: 'moscow-1949' })
    expect(recordPageOf('/leaders/kim-il-sung')).toEqual({ collection: 'leaders', slug: 'kim-il-sung' })
    expect(recordPageOf('/countries/soviet-union')).toEqual({ collection: 'polities', slug: 'soviet-union' })
    expect(recordPageOf('/sources/12')).toEqual({ collection: 'sources', id: 12 })
    expect(recordPageOf('/sources/12/cited-by/3')).toEqual({ collection: 'sources', id: 12 })
    expect(recordPageOf('/sources/12/export/bibtex')).toEqual({ collection: 'sources', id: 12 })
    expect(recordPageOf('/leaders/kim-il-sung/trips/2')).toEqual({ collection: 'leaders', slug: 'kim-il-sung' })
    expect(recordPageOf('/countries/china/visits/3')).toEqual({ collection: 'polities', slug: 'china' })
  })

  it('should name no record for other pages or keys no record can have', () => {
    for (const path of [
      '/',
      '/search',
      '/trips',
      '/trips/',
      '/places/moscow',
      '/trips/moscow-1949/extra',
      '/leaders/kim-il-sung/visits/2',
      '/countries/china/trips/2',
      '/sources/12/cited-by',
      '/sources/12/export/bibtex/more',
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

describe('isDecodablePath', () => {
  it('should accept encoded UTF-8 and refuse broken percent-encodings', () => {
    for (const path of ['/', '/trips/moscow-1949', '/search', '/trips/%F0%9F%98%80', '/trips/a%20b'])
      expect(isDecodablePath(path), path).toBe(true)
    for (const path of ['/countries/%E0%A4%A', '/trips/%E0', '/leaders/%', '/sources/%FF/cited-by/2'])
      expect(isDecodablePath(path), path).toBe(false)
  })
})
