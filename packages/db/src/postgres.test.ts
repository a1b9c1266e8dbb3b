import { describe, expect, it } from 'vitest'
import { withDatabase } from './postgres'

describe('withDatabase', () => {
  it('should point a connection string at another database and keep everything else', () => {
    expect(withDatabase('postgres://u:p%40ss@127.0.0.1:54329/itinera?sslmode=disable', 'postgres')).toBe(
      'postgres://u:p%40ss@127.0.0.1:54329/postgres?sslmode=disable',
    )
  })

  it('should encode database names that need it', () => {
    expect(withDatabase('postgres://u@h/x', 'a b')).toBe('postgres://u@h/a%20b')
  })
})
