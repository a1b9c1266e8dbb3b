import { describe, expect, it } from 'vitest'
import {
  ZApproveRequestSchema,
  ZRequestChangesRequestSchema,
  ZRequestRetractionRequestSchema,
  ZRetractRequestSchema,
  ZReviewDecisionBodySchema,
  ZWorkflowStepBodySchema,
  ZWorkflowStepRequestSchema,
} from './editorial'

const VERSION = '2026-11-24T10:03:12.345Z'

describe('review decisions name the version reviewed', () => {
  it.each([
    ['approve', ZApproveRequestSchema, {}],
    ['request changes', ZRequestChangesRequestSchema, { comment: 'Cite the telegram.' }],
    ['retract', ZRetractRequestSchema, {}],
  ] as const)('should refuse to %s without a version, saying what to send', (_, schema, extra) => {
    const result = schema.safeParse({ collection: 'trips', id: 7, ...extra })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['version'], message: expect.stringContaining('updatedAt as you loaded it') }),
    ])
    expect(schema.safeParse({ collection: 'trips', id: 7, version: VERSION, ...extra }).success).toBe(true)
  })

  it.each(['yesterday', '2026-11-24', '1764000000000', ''])('should refuse the version %j', (version) => {
    const result = ZApproveRequestSchema.safeParse({ collection: 'trips', id: 7, version })
    expect(result.error?.issues[0]).toMatchObject({
      path: ['version'],
      message: expect.stringContaining('e.g. 2026-11-24T10:03:12.345Z'),
    })
  })

  it('should accept an offset other than Z', () => {
    expect(
      ZApproveRequestSchema.parse({ collection: 'sources', id: 1, version: '2026-11-24T19:03:12.345+09:00' }).version,
    ).toBe('2026-11-24T19:03:12.345+09:00')
  })

  it('should leave the version optional to submit and withdraw', () => {
    expect(ZWorkflowStepRequestSchema.parse({ collection: 'trips', id: 7 })).toEqual({ collection: 'trips', id: 7 })
    expect(ZWorkflowStepRequestSchema.safeParse({ collection: 'trips', id: 7, version: 'now' }).success).toBe(false)
  })

  it('should read the REST body of a step and of a decision', () => {
    expect(ZWorkflowStepBodySchema.parse({})).toEqual({})
    expect(ZWorkflowStepBodySchema.parse({ comment: null, version: VERSION })).toEqual({
      comment: null,
      version: VERSION,
    })
    expect(ZReviewDecisionBodySchema.safeParse({ comment: 'Fine.' }).error?.issues[0]?.path).toEqual(['version'])
    expect(ZWorkflowStepBodySchema.safeParse({ comment: 42 }).error?.issues[0]?.path).toEqual(['comment'])
  })
})

describe('a retraction request', () => {
  it.each([undefined, '', '   '])('should require a reason (comment %j)', (comment) => {
    const result = ZRequestRetractionRequestSchema.safeParse({ collection: 'trips', id: 7, comment })
    expect(result.error?.issues[0]?.path).toEqual(['comment'])
  })

  it('should take the reason, the version being optional', () => {
    expect(ZRequestRetractionRequestSchema.parse({ collection: 'trips', id: 7, comment: ' Forged. ' })).toEqual({
      collection: 'trips',
      id: 7,
      comment: 'Forged.',
    })
  })
})
