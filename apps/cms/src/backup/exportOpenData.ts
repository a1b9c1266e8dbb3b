/**
 * Run by `payload run … -- <file>`: writes the public open-data JSON export of DATABASE_URL's
 * database (the body of the reader's /data/trips.json, by the same serialisation) to a file. A process of its own, because Payload keeps one instance per process and per database.
 */
import { writeFile } from 'node:fs/promises'
import { createCaller } from '@itinera/contracts'
import { DATA_LICENSE, exportPages, openDataJsonChunks } from '@itinera/contracts/open-data'
import { getPayload } from 'payload'
import config from '../payload.config'
import { createContext } from '../trpc/createContext'

const [file] = process.argv.slice(2)
if (!file) throw new Error('Usage: payload run src/backup/exportOpenData.ts -- <output file>')

const payload = await getPayload({ config })
// Anonymous, as the reader asks: approved content only.
const { reader } = await createCaller(await createContext(payload, new Headers()))

let text = ''
for await (const chunk of openDataJsonChunks({ license: DATA_LICENSE }, exportPages(reader.exportTrips))) text += chunk
await writeFile(file, text)
