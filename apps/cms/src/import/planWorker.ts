/**
 * The worker thread that parses and plans a list (planInWorker.ts starts it): the CPU-heavy part
 * of an import, kept off the CMS's event loop. Reports the rows it read, then the plan or the error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ImportFileError, parseList, planImport } from '@itinera/importer'
import type { TPlanJob, TPlanMessage } from './planInWorker'

const { text, format, options, maxRows } = workerData as TPlanJob
const send = (message: TPlanMessage) => parentPort!.postMessage(message)

try {
  const { list, references } = parseList(text, format)
  const rows = list.rows.length + list.rumors.length
  send({ type: 'parsed', rows })
  if (rows > maxRows) send({ type: 'tooManyRows', rows })
  else send({ type: 'planned', plan: planImport(list, references, options) })
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error
  send({ type: 'fileError', line: error.line, message: error.message })
}
