import { describe, expect, it } from 'vitest'
import { parseSourceIdentifier, ZSourceAutofillRequestSchema } from './source-autofill'

describe('parseSourceIdentifier', () => {
  it.each([
    ['10.5555/itinera.1', { type: 'doi', doi: '10.5555/itinera.1' }],
    ['doi:10.5555/itinera.1', { type: 'doi', doi: '10.5555/itinera.1' }],
    ['https://doi.org/10.5555/itinera%2F1', { type: 'doi', doi: '10.5555/itinera/1' }],
    ['978-0-8014-5082-2', { type: 'isbn', isbn: '9780801450822' }],
    ['ISBN 0804753229', { type: 'isbn', isbn: '0804753229' }],
    ['https://example.org/a?b=c', { type: 'url', url: 'https://example.org/a?b=c' }],
  ])('should read %s', (input, expected) => {
    expect(parseSourceIdentifier(input)).toEqual(expected)
  })

  it.each([
    ['978-0-8014-5082-4', /check digit/],
    ['10.12/x', /A DOI looks like/],
    ['ftp://example.org/file', /Type a DOI/],
    ['Kim Il Sung', /Type a DOI/],
  ])('should say why %s is no identifier', (input, problem) => {
    expect(parseSourceIdentifier(input)).toEqual({ problem: expect.stringMatching(problem) })
  })
})

describe('ZSourceAutofillRequestSchema', () => {
  it('should name the identifier field in its message', () => {
    const parsed = ZSourceAutofillRequestSchema.safeParse({ identifier: '10.12/x' })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ['identifier'], message: 'A DOI looks like 10.1234/…' }),
    ])
  })
})
