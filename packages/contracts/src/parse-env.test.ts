import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseEnvironment } from './parse-env'

const schema = z.object({ PORT: z.coerce.number().int(), URL: z.url() })

describe('parseEnvironment', () => {
  it('should return the parsed values', () => {
    expect(parseEnvironment(schema, { PORT: '3000', URL: 'http://localhost' }, 'the test app')).toEqual({
      PORT: 3000,
      URL: 'http://localhost',
    })
  })

  it('should name the app and every invalid variable', () => {
    expect(() => parseEnvironment(schema, { PORT: 'x' }, 'the test app')).toThrow(
      /Invalid environment for the test app:\n {2}PORT: .+\n {2}URL: /,
    )
  })
})
