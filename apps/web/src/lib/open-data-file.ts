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
 * An export (`trips.json`, `trips.csv`) as a file on disk, written once per content version from
 * `chunks` and then sent as it is: a download costs the CMS nothing and the reader a file read,
 * however often it is asked for. A request after a change waits for the new file (a retracted
 * source's trips must leave the exports with it); concurrent requests share one build.
 */
export async function openDataFile(name: string, chunks: () => AsyncIterable<string>): Promise<ReadableStream> {
  const version = await contentVersion()
  const key = `${version}.${name}`
  let current = builds.get(key)
  if (!current) {
    current = build(name, version, chunks())
    builds.set(key, current)
    current.catch(() => builds.delete(key))
  }
  // Opened before answering, so a later build that removes it cannot cut the download short.
  const handle = await open(await current)
  return Readable.toWeb(handle.createReadStream()) as ReadableStream
}
