import { describe, expect, it } from 'vitest'
import { TaggedCache } from './tagged-cache'

function cacheWithClock(limit = 10) {
  const clock = { now: 1_000 }
  const loads: string[] = []
  const cache = new TaggedCache<string>({ maxAgeMs: 100, limit, now: () => clock.now })
  const read = (key: string, tags: string[] = [`tag:${key}`]) =>
    cache.get(key, tags, async () => {
      loads.push(key)
      return `${key}#${loads.length}`
    })
  return { cache, clock, loads, read }
}

describe('TaggedCache', () => {
  it('should keep an answer until it is older than its max age', async () => {
    const { clock, loads, read } = cacheWithClock()
    expect(await read('a')).toBe('a#1')
    clock.now += 99
    expect(await read('a')).toBe('a#1')
    clock.now += 1
    expect(await read('a')).toBe('a#2')
    expect(loads).toEqual(['a', 'a'])
  })

  it('should drop at once the answers carrying a revalidated tag, and only those', async () => {
    const { cache, loads, read } = cacheWithClock()
    await read('a', ['trip:a'])
    await read('b', ['trip:b', 'lists'])
    cache.forget(['lists', 'source:9'])
    expect(await read('a', ['trip:a'])).toBe('a#1')
    expect(await read('b', ['trip:b', 'lists'])).toBe('b#3')
    expect(loads).toEqual(['a', 'b', 'b'])
  })

  it('should share one load between concurrent misses, and keep no failed load', async () => {
    const { cache } = cacheWithClock()
    let calls = 0
    const failing = () => {
      calls++
      return Promise.reject(new Error('CMS down'))
    }
    const both = [cache.get('a', [], failing), cache.get('a', [], failing)]
    await expect(Promise.all(both)).rejects.toThrow('CMS down')
    expect(calls).toBe(1)
    expect(await cache.get('a', [], async () => 'back')).toBe('back')
  })

  it('should let the oldest answers go past its limit', async () => {
    const { loads, read } = cacheWithClock(2)
    await read('a')
    await read('b')
    await read('c')
    await read('c')
    await read('b')
    await read('a')
    expect(loads).toEqual(['a', 'b', 'c', 'a'])
  })
})
