import { describe, expect, it } from 'vitest'
import { DEVELOPMENT_SECRET } from './developmentSecret'
import { parseCmsEnv } from './envSchema'

const valid = {
  DATABASE_URL: 'postgres://itinera:secret@db.internal:5432/itinera',
  PAYLOAD_SECRET: 'f'.repeat(64),
}

describe('parseCmsEnv', () => {
  it('should accept a complete production environment', () => {
    const env = parseCmsEnv({ ...valid, NODE_ENV: 'production' })
    expect(env.NODE_ENV).toBe('production')
    expect(env.SEED_DEMO_LOGINS).toBe(false)
  })

  it('should refuse to run production with the development secret', () => {
    expect(() => parseCmsEnv({ ...valid, NODE_ENV: 'production', PAYLOAD_SECRET: DEVELOPMENT_SECRET })).toThrow(
      /PAYLOAD_SECRET: production needs its own secret/,
    )
  })

  it('should refuse a short secret in production', () => {
    expect(() => parseCmsEnv({ ...valid, NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(20) })).toThrow(
      /PAYLOAD_SECRET/,
    )
  })

  it('should refuse demo logins on a production site, but not on this machine', () => {
    const demo = { ...valid, NODE_ENV: 'production', SEED_DEMO_LOGINS: 'true' }
    expect(() => parseCmsEnv({ ...demo, CMS_URL: 'https://cms.itinera.example' })).toThrow(
      /SEED_DEMO_LOGINS: demo logins have public passwords/,
    )
    expect(parseCmsEnv({ ...demo, CMS_URL: 'http://localhost:3000' }).SEED_DEMO_LOGINS).toBe(true)
  })

  it('should allow the development secret outside production', () => {
    expect(parseCmsEnv({ ...valid, NODE_ENV: 'development', PAYLOAD_SECRET: DEVELOPMENT_SECRET }).PAYLOAD_SECRET).toBe(
      DEVELOPMENT_SECRET,
    )
  })

  it('should name every missing or malformed variable', () => {
    expect(() => parseCmsEnv({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ connection string[\s\S]*PAYLOAD_SECRET/,
    )
  })

  it('should read trusted proxies as addresses and CIDR ranges, naming a wrong entry', () => {
    expect(parseCmsEnv(valid).TRUSTED_PROXIES).toEqual([])
    expect(parseCmsEnv({ ...valid, TRUSTED_PROXIES: ' 172.30.80.10, 10.0.0.0/8 ,fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '172.30.80.10',
      '10.0.0.0/8',
      'fd00::/8',
    ])
    expect(() => parseCmsEnv({ ...valid, TRUSTED_PROXIES: '172.30.80.10, edge' })).toThrow(
      /TRUSTED_PROXIES: "edge" is neither an IP address nor a CIDR range/,
    )
  })

  it('should take an empty SMTP_URL or REDIS_URL (as compose passes them) as unset, and refuse other schemes', () => {
    const env = parseCmsEnv({ ...valid, SMTP_URL: '', REDIS_URL: '' })
    expect(env.SMTP_URL).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
    expect(parseCmsEnv({ ...valid, SMTP_URL: 'smtp://user:pass@mail:587' }).SMTP_URL).toBe('smtp://user:pass@mail:587')
    expect(() => parseCmsEnv({ ...valid, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: must be an smtp/)
    expect(() => parseCmsEnv({ ...valid, REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL: must be a redis/)
  })
})
