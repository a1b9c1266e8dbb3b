import { describe, expect, it } from 'vitest'
import { tagsForUrl } from './cache-tags'

const url = (path: string, input: unknown) =>
  `http://cms/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`

describe('cache tags', () => {
  it('should tag each read with what it shows', () => {
    expect(tagsForUrl(url('reader.trip', { slug: '1949-03-soviet-union' }))).toEqual(['trip:1949-03-soviet-union'])
    expect(tagsForUrl(url('reader.source', { id: 7 }))).toEqual(['source:7', 'lists'])
    expect(tagsForUrl(url('reader.trips', { leader: 'kim-il-sung' }))).toEqual(['lists'])
  })

  it('should fall back to the lists tag for a URL it cannot read', () => {
    expect(tagsForUrl('http://cms/api/trpc/reader.trip?input=%7Bbroken')).toEqual(['lists'])
    expect(tagsForUrl('http://cms/api/trpc/leaders.list')).toEqual(['lists'])
  })
})
