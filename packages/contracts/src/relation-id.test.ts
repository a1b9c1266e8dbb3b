import { describe, expect, it } from 'vitest'
import { relationId } from './relation-id'

describe('relationId', () => {
  it('should read the id of a populated relation', () => {
    const leader = { id: 7, slug: 'kim-il-sung', name: 'Kim Il Sung' }
    expect(relationId(leader)).toBe(7)
  })

  it('should return a bare id as it is, 0 included', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId(0)).toBe(0)
    expect(relationId({ id: 0 })).toBe(0)
  })

  it('should read string ids (array rows, text ids) the same way', () => {
    expect(relationId('65a1f0c2e4b0a1b2c3d4e5f6')).toBe('65a1f0c2e4b0a1b2c3d4e5f6')
    expect(relationId({ id: 'row-1' })).toBe('row-1')
  })

  it('should return null for an empty relation', () => {
    expect(relationId(null)).toBeNull()
    expect(relationId(undefined)).toBeNull()
  })
})
