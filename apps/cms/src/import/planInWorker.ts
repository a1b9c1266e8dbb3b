import { Worker } from 'node:worker_threads'
import {
  ImportFileError,
  MAX_LIST_BYTES,
  type TImportPlan,
  type TListFormat,
  type TPlanOptions,
} from '@itinera/importer'

/**
 * What one import may cost: the list's size in bytes and rows, and the time its parsing and
 * planning may take in the worker thread. Past any of them the import is refused, naming the limit.
 */
export interface TImportBudget {
  maxBytes: number
  maxRows: number
  planMillis: number
}

/** The limits the CMS applies (the CLI too): lists run to hundreds of rows; 5,000 plan in well under a minute. */
export const IMPORT_BUDGET: TImportBudget = { maxBytes: MAX_LIST_BYTES, maxRows: 5_000, planMillis: 60_000 }

/** An import over its budget: 413 for bytes, 422 for rows or time, with the limit in the message. */
export class ImportBudgetError extends Error {
  constructor(
    readonly status: 413 | 422,
    readonly limit: keyof TImportBudget,
    message: string,
  ) {
    super(message)
    this.name = 'ImportBudgetError'
  }
}

/** Refuses a list over the byte budget before any work starts. */
export function checkListBytes(text: string, budget: TImportBudget): void {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > budget.maxBytes)
    throw new ImportBudgetError(
      413,
      'maxBytes',
      `The list is ${bytes} bytes; an import may be at most ${budget.maxBytes} bytes: split it.`,
    )
}

export interface TPlanJob {
  text: string
  format: TListFormat
  options: TPlanOptions
  maxRows: number
}

export type TPlanMessage =
  | { type: 'parsed'; rows: number }
  | { type: 'tooManyRows'; rows: number }
  | { type: 'planned'; plan: TImportPlan }
  | { type: 'fileError'; line: number; message: string }

/**
 * Lists planned at once by one CMS process: the others wait their turn, so imports never take
 * every core from the threads that answer requests.
 */
const PLANNING_AT_ONCE = 1
let planning = 0
const turns: (() => void)[] = []
async function takeTurn(): Promise<() => void> {
  if (planning < PLANNING_AT_ONCE) planning += 1
  // Otherwise the list whose turn ends hands it over.
  else await new Promise<void>((resolve) => turns.push(resolve))
  return () => {
    const next = turns.shift()
    if (next) next()
    else planning -= 1
  }
}

// Run from TypeScript source (tests, `payload run`: Node's or Vite's module, which has a filename),
// the worker loads the importer's TypeScript through tsx. Next's build bundles the worker into
// JavaScript, and its modules have no `import.meta.filename`.
const sourceLoader = (import.meta.filename as string | undefined)?.endsWith('.ts') ? ['--import', 'tsx'] : []

/**
 * Parses and plans a list in a worker thread, so the CMS keeps answering meanwhile (one list at a
 * time; the budget's time counts from its turn); `onParsed` hears the row count first. Over the budget the worker is stopped and an ImportBudgetError
 * names the limit; a bad file is an ImportFileError, as from the importer itself.
 */
export async function planInWorker(
  text: string,
  format: TListFormat,
  options: TPlanOptions,
  budget: TImportBudget,
  onParsed?: (rows: number) => void,
): Promise<TImportPlan> {
  checkListBytes(text, budget)
  const done = await takeTurn()
  try {
    return await planWithin(text, format, options, budget, onParsed)
  } finally {
    done()
  }
}

async function planWithin(
  text: string,
  format: TListFormat,
  options: TPlanOptions,
  budget: TImportBudget,
  onParsed?: (rows: number) => void,
): Promise<TImportPlan> {
  const deadline = performance.now() + budget.planMillis
  const overTime = () =>
    new ImportBudgetError(
      422,
      'planMillis',
      `Reading this list took longer than the ${budget.planMillis / 1000} s an import may take: split it.`,
    )
  const worker = new Worker(new URL('./planWorker.ts', import.meta.url), {
    workerData: { text, format, options, maxRows: budget.maxRows } satisfies TPlanJob,
    execArgv: sourceLoader,
  })
  try {
    return await new Promise<TImportPlan>((resolve, reject) => {
      const timer = setTimeout(() => reject(overTime()), budget.planMillis)
      const settle = (settled: () => void) => {
        clearTimeout(timer)
        settled()
      }
      worker.on('message', (message: TPlanMessage) => {
        // An answer after the deadline is over budget too, even when the timer has not fired yet.
        if (message.type !== 'parsed' && performance.now() >= deadline) return settle(() => reject(overTime()))
        if (message.type === 'parsed') onParsed?.(message.rows)
        else if (message.type === 'planned') settle(() => resolve(message.plan))
        else if (message.type === 'fileError')
          settle(() => reject(Object.assign(new ImportFileError(message.line, ''), { message: message.message })))
        else
          settle(() =>
            reject(
              new ImportBudgetError(
                422,
                'maxRows',
                `The list has ${message.rows} rows; an import may have at most ${budget.maxRows}: split it.`,
              ),
            ),
          )
      })
      worker.on('error', (error) => settle(() => reject(error)))
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`The import's planning worker stopped (exit code ${code}) before answering.`))),
      )
    })
  } finally {
    await worker.terminate()
  }
}
