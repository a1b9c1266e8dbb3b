import { describe, expect, it } from 'vitest'
import { ZCreateLeaderRequestSchema, ZLeaderSchema } from './leader'

describe('ZCreateLeaderRequestSchema', () => {
  it('should accept a well-formed leader and trim its names', () => {
    expect(
      ZCreateLeaderRequestSchema.parse({ slug: 'kim-il-sung', name: ' Kim Il Sung ', nativeName: '김일성' }),
    ).toEqual({
      slug: 'kim-il-sung',
      name: 'Kim Il Sung',
      nativeName: '김일성',
    })
  })

  it.each(['Kim-Il-Sung', 'kim--il', '-kim', 'kim il sung', ''])('should reject the slug %j', (slug) => {
    const result = ZCreateLeaderRequestSchema.safeParse({ slug, name: 'Kim Il Sung' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['slug'])
  })

  it('should reject a blank name', () => {
    const result = ZCreateLeaderRequestSchema.safeParse({ slug: 'kim', name: '   ' })
    expect(result.error?.issues[0]?.path).toEqual(['name'])
  })
})

describe('ZLeaderSchema', () => {
  it('should drop fields that are not part of the public read model', () => {
    const parsed = ZLeaderSchema.parse({
      id: 1,
      slug: 'kim-jong-un',
      name: 'Kim Jong Un',
      nativeName: '김정은',
      updatedAt: '2026-01-01',
      internalNote: 'not for readers',
    })
    expect(Object.keys(parsed).sort()).toEqual(['id', 'name', 'nativeName', 'slug'])
  })
})
