import { describe, expect, it } from 'vitest'
import { formatLocator } from './locator'

describe('formatLocator', () => {
  it('should name each part of a locator that is given, in a fixed order', () => {
    expect(formatLocator({ footnote: '4', page: '12', folio: null })).toBe('p. 12, n. 4')
    expect(formatLocator({ page: null, folio: null, paragraph: null, footnote: null })).toBeNull()
    expect(formatLocator(null)).toBeNull()
  })
})
