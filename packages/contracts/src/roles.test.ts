import { describe, expect, it } from 'vitest'
import { hasRole, ZRoleSchema } from './roles'

describe('hasRole', () => {
  it('should be false for anonymous visitors and users without roles', () => {
    expect(hasRole(null, 'editor')).toBe(false)
    expect(hasRole(undefined, 'editor')).toBe(false)
    expect(hasRole({ roles: [] }, 'editor')).toBe(false)
    expect(hasRole({ roles: null }, 'admin')).toBe(false)
  })

  it('should be true when the user holds any of the roles asked for', () => {
    expect(hasRole({ roles: ['editor', 'reviewer'] }, 'reviewer')).toBe(true)
    expect(hasRole({ roles: ['editor'] }, 'admin', 'editor')).toBe(true)
    expect(hasRole({ roles: ['reviewer'] }, 'admin', 'editor')).toBe(false)
  })
})

describe('ZRoleSchema', () => {
  it('should reject a role that does not exist', () => {
    expect(ZRoleSchema.safeParse('owner').success).toBe(false)
    expect(ZRoleSchema.parse('reviewer')).toBe('reviewer')
  })
})
