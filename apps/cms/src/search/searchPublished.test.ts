import { describe, expect, it } from 'vitest'
import { toPrefixQuery, toSegments } from './searchPublished'

describe('search helpers', () => {
  it('should turn words into a prefix query and drop operators and punctuation', () => {
    expect(toPrefixQuery('Ulan Bat')).toBe('ulan:* & bat:*')
    expect(toPrefixQuery("Ceaușescu's & | ! ( )")).toBe('ceaușescu:* & s:*')
    expect(toPrefixQuery('!!! ')).toBeNull()
  })

  it('should split a headline into plain and matched segments', () => {
    expect(toSegments('Visit to \u0001Ulan\u0002 \u0001Bator\u0002 in 1956')).toEqual([
      { text: 'Visit to ', match: false },
      { text: 'Ulan', match: true },
      { text: ' ', match: false },
      { text: 'Bator', match: true },
      { text: ' in 1956', match: false },
    ])
  })
})
