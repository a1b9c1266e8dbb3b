import { describe, expect, it } from 'vitest'
import { cachePolicy, MAX_AGE_SECONDS } from './cache-policy'

const url = (path: string, input: unknown) =>
  `http://cms/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`

describe('the reader cache policy', () => {
  it('should never store a search answer, whatever was searched', () => {
    for (const q of ['kim', 'a'.repeat(200), 'ü ∆ %00'])
      expect(cachePolicy(url('reader.search', { q }))).toEqual({ cache: 'no-store' })
    expect(cachePolicy(`http://cms/api/trpc/${encodeURIComponent('reader.search')}?input=x`)).toEqual({
      cache: 'no-store',
    })
  })

  it('should never store a page of the open-data export (written to its file once per change)', () => {
    for (const page of [1, 4000])
      expect(cachePolicy(url('reader.exportTrips', { page }))).toEqual({ cache: 'no-store' })
  })

  it('should cache every other read under its tags, for at most the backstop age', () => {
    expect(cachePolicy(url('reader.trip', { slug: '1949-03-soviet-union' }))).toEqual({
      cache: 'force-cache',
      next: { tags: ['trip:1949-03-soviet-union'], revalidate: MAX_AGE_SECONDS },
    })
    expect(cachePolicy(url('reader.stats', null))).toMatchObject({ cache: 'force-cache' })
  })
})
