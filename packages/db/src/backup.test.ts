import { describe, expect, it } from 'vitest'
import { chooseTool, formatBytes, parseToolVersion, type TPgTool } from './backup'

const tool = (version: string, command = `/opt/pg${version}/bin/pg_dump`): TPgTool => ({
  name: 'pg_dump',
  command,
  ...parseToolVersion(`pg_dump (PostgreSQL) ${version}`)!,
})
const pg18 = { version: '18.1', major: 18 }

describe('choosing pg_dump and pg_restore', () => {
  it('should read the versions the tools print, Debian’s and betas included', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n')).toEqual({
      version: '15.18',
      major: 15,
    })
    expect(parseToolVersion('pg_restore (PostgreSQL) 18beta1')).toEqual({ version: '18beta1', major: 18 })
    expect(parseToolVersion('something else')).toBeNull()
  })

  it('should take the server’s own major version first, else the newest that is not older', () => {
    expect(chooseTool('pg_dump', [tool('19.0'), tool('18.6'), tool('15.18')], pg18, ['PATH']).version).toBe('18.6')
    expect(chooseTool('pg_dump', [tool('15.18'), tool('19.0'), tool('20.1')], pg18, ['PATH']).version).toBe('20.1')
  })

  it('should refuse tools older than the server, saying which were found and what to install', () => {
    expect(() => chooseTool('pg_dump', [tool('15.18', '/usr/bin/pg_dump')], pg18, ['/x/native/bin', 'PATH'])).toThrow(
      'the database is PostgreSQL 18.1, but pg_dump 15.18 (/usr/bin/pg_dump) cannot work with a newer server, and no pg_dump 18 was found ' +
        "(looked in /x/native/bin and PATH). Install PostgreSQL 18's client tools (the postgresql-client-18 package) and put their bin directory on PATH.",
    )
    expect(() => chooseTool('pg_restore', [], pg18, ['PATH'])).toThrow('no pg_restore was found (looked in PATH)')
  })

  it('should print sizes for people', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(5.25 * 1024 * 1024)]).toEqual([
      '512 B',
      '2.0 KB',
      '5.3 MB',
    ])
  })
})
