import { TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { toTRPCError } from './payload-errors'

describe('toTRPCError', () => {
  it('should map a Payload validation error to BAD_REQUEST naming each field', () => {
    const mapped = toTRPCError({
      status: 400,
      message: 'The following field is invalid: slug',
      data: { errors: [{ path: 'slug', message: 'Value must be unique' }] },
    })
    expect(mapped).toBeInstanceOf(TRPCError)
    expect((mapped as TRPCError).code).toBe('BAD_REQUEST')
    expect((mapped as TRPCError).message).toContain('slug — Value must be unique')
  })

  it.each([
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
  ])('should map HTTP status %i to %s', (status, code) => {
    expect((toTRPCError({ status, message: 'x' }) as TRPCError).code).toBe(code)
  })

  it('should leave unexpected errors untouched so they surface as server errors', () => {
    const crash = new Error('connection reset')
    expect(toTRPCError(crash)).toBe(crash)
    expect(toTRPCError({ status: 500, message: 'boom' })).toEqual({ status: 500, message: 'boom' })
  })
})
