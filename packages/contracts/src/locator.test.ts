import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatLocator, LOCATOR_PARTS, parseLocator } from './locator'

describe('formatLocator', () => {
  it('should name each part of a locator that is given, in a fixed order', () => {
    expect(formatLocator({ footnote: '4', page: '12', folio: null })).toBe('p. 12, n. 4')
    expect(formatLocator({ page: null, folio: null, paragraph: null, footnote: null })).toBeNull()
    expect(formatLocator(null)).toBeNull()
  })
})

describe('parseLocator', () => {
  it.each([
    ['p. 95', { page: '95' }],
    ['95', { page: '95' }],
    ['pp. 39-42', { page: '39–42' }],
    ['pp. 39 – 42', { page: '39–42' }],
    ['page 7', { page: '7' }],
    ['p. xiv', { page: 'xiv' }],
    ['f. 12', { folio: '12' }],
    ['ff. 12r-13v', { folio: '12r–13v' }],
    ['fol. 3', { folio: '3' }],
    ['para 3', { paragraph: '3' }],
    ['¶ 3', { paragraph: '3' }],
    ['n. 4', { footnote: '4' }],
    ['note 4', { footnote: '4' }],
    ['pp. 3, 5', { page: '3, 5' }],
    ['p. 12, n. 4', { page: '12', footnote: '4' }],
    ['f. 2; para. 5', { folio: '2', paragraph: '5' }],
    ['', {}],
  ])('should read %j', (text, locator) => {
    expect(parseLocator(text)).toEqual({ ok: true, locator })
  })

  it.each([
    ['chapter 3', /"chapter 3" is not a locator/],
    ['p. ninety', /"p. ninety" is not a locator/],
    ['p. 3, p. 4', /gives the page twice/],
    [`p. ${'1,'.repeat(30)}1`, /longer than 50 characters/],
  ])('should refuse %j, saying why', (text, message) => {
    const reading = parseLocator(text)
    expect(reading.ok).toBe(false)
    expect(!reading.ok && reading.message).toMatch(message)
  })

  it('should read back what formatLocator writes', () => {
    const part = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 999 }).map(String))
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), (values) => {
        const locator = Object.fromEntries(
          LOCATOR_PARTS.flatMap((name, index) => (values[index] ? [[name, values[index]]] : [])),
        )
        expect(parseLocator(formatLocator(locator) ?? '')).toEqual({ ok: true, locator })
      }),
      { numRuns: 200 },
    )
  })
})
