import { describe, expect, it } from 'vitest'
import { isValidDoi, isValidIsbn, isWebUrl, normalizeIsbn } from './identifiers'

describe('isValidIsbn', () => {
  it.each([
    '978-0-306-40615-7',
    '9780306406157',
    '0-306-40615-2',
    '978-3-16-148410-0',
    '0-19-852663-6',
    '0-9752298-0-X',
  ])('should accept %s', (isbn) => expect(isValidIsbn(isbn)).toBe(true))
  it.each(['978-0-306-40615-8', '0-306-40615-3', '12345', 'ISBN 978', '979-00000000000', ''])(
    'should reject %s',
    (isbn) => expect(isValidIsbn(isbn)).toBe(false),
  )
  it('should normalize hyphens, spaces and a lower-case x', () => {
    expect(normalizeIsbn('0-9752298-0-x')).toBe('097522980X')
  })
})

describe('isWebUrl', () => {
  it.each(['https://digitalarchive.wilsoncenter.org/document/115977', 'http://example.org/a?b=c'])(
    'should accept %s',
    (url) => expect(isWebUrl(url)).toBe(true),
  )
  it.each(['javascript:alert(1)', 'ftp://example.org/file', 'example.org', 'https://', ''])('should reject %s', (url) =>
    expect(isWebUrl(url)).toBe(false),
  )
})

describe('isValidDoi', () => {
  it('should accept a registered DOI and reject other text', () => {
    expect(isValidDoi('10.1080/14682745.2012.726890')).toBe(true)
    expect(isValidDoi('doi:10.1080/x')).toBe(false)
    expect(isValidDoi('10.12/short')).toBe(false)
  })
})
