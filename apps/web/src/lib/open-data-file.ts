import 'server-only'
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { LISTS_TAG } from '@itinera/contracts/cache-tags'
import { unstable_cache } from 'next/cache'

const DIRECTORY = path.join(process.cwd(), '.next/cache/open-data')

/**
 * Which content the exports should hold: a token kept in Next's data cache under the tag every
 * change sends, so an approval (on whichever instance receives it, with a shared cache) makes a
 * new one, and nothing else does.
 */
const contentVersion = unstable_cache(async () => `${Date.now()}-${randomUUID()}`, ['open-data-version'], {
  tags: [LISTS_TAG],
})

const builds = new Map<string, Promise<string>>()
const createdAt = (versioned: string) => Number(versioned.split('-')[0])

async function build(name: string, version: string, chunks: AsyncIterable<string>): Promise<string> {
  await mkdir(DIRECTORY, { recursive: true })
  const file = path.join(DIRECTORY, `${version}.${name}`)
  const partial = `${file}.${randomUUID()}.partial`
  try {
    await pipeline(Readable.from(chunks), createWriteStream(partial))
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  // Older versions go (a build that finishes late never removes a newer one); readers still
  // streaming one keep it open.
  const older = (entry: string) => entry.endsWith(`.${name}`) && createdAt(entry) < createdAt(version)
  for (const key of builds.keys()) if (older(key)) builds.delete(key)
  for (const entry of await readdir(DIRECTORY)) if (older(entry)) await rm(path.join(DIRECTORY, entry), { force: true })
  return file
}

/**
 * How long a download waits for an export being written before it is told to come back: at
 * scale writing it takes minutes (every approved trip, a CMS page of 25 at a time), and no
 * request may hold the reader or the CMS that long.
 */
const WAIT_FOR_WRITING_MS = 5_000
/** What a download told to come back is asked to wait (the Retry-After header, in seconds). */
const RETRY_AFTER_SECONDS = 30

/**
 * An export (`trips.json`, `trips.csv`) as a file on disk, written once per content version from
 * `chunks` and then sent as it is: a download costs the CMS nothing and the reader a file read,
 * however often it is asked for. After a change the export is written anew, once however many ask
 * (a retracted source's trips must leave the exports with it, so the old file is not sent); a
 * download that would wait longer than WAIT_FOR_WRITING_MS answers 503 with Retry-After instead.
 */
export async function openDataResponse(
  name: string,
  chunks: () => AsyncIterable<string>,
  headers: Record<string, string>,
): Promise<Response> {
  const version = await contentVersion()
  const key = `${version}.${name}`
  let current = builds.get(key)
  if (!current) {
    current = build(name, version, chunks())
    builds.set(key, current)
    current.catch(() => builds.delete(key))
  }
  // The file once written, or null when the wait runs out first (the writing goes on).
  let timer: NodeJS.Timeout | undefined
  const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_FOR_WRITING_MS)))
  const file = await Promise.race([current, waited]).finally(() => clearTimeout(timer))
  if (!file) {
    return new Response(`The open data is being written after a change: try again in ${RETRY_AFTER_SECONDS} s.\n`, {
      status: 503,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(RETRY_AFTER_SECONDS),
        'Cache-Control': 'no-store',
      },
    })
  }
  // Opened before answering, so a later build that removes it cannot cut the download short.
  const handle = await open(file)
  return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream, { headers })
}
