/**
 * Imports as background jobs on Payload's queue (PostgreSQL-backed): the request that starts one
 * answers at once with the job's id; the job plans the list in a worker thread and creates the
 * drafts in batches, writing its progress where the status endpoint reads it.
 */
import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig, TypedUser } from 'payload'
import { rawSql } from '../rawSql'
import { USERS } from '../slugs'
import {
  createdBody,
  previewBody,
  refusalBody,
  refusalOf,
  type TImportCreatedBody,
  type TImportPreviewBody,
} from './importAnswers'
import { importTripList, previewImport, type TImportProgress, type TImportRequest } from './importTripList'
import { checkListBytes, type TImportBudget } from './planInWorker'

export const IMPORT_QUEUE = 'imports'
export const IMPORT_TASK = 'importTripList'

export type TImportJobKind = 'preview' | 'create'

export interface TImportJobInput {
  /** The job's public id: random, so knowing one id tells nothing of another. */
  run: string
  kind: TImportJobKind
  /** The list's text in base64: a NUL character, which the importer refuses with its line, cannot be stored as JSON in PostgreSQL. */
  list: string
  request: Omit<TImportRequest, 'text'>
  userId: number
  budget: TImportBudget
}

export interface TImportJobStatus {
  kind: TImportJobKind
  state: 'queued' | 'running' | 'succeeded' | 'failed'
  /** Who started it: only they and admins may read it. */
  startedBy: number
  progress: TImportProgress
  /** Set when it failed: the status and errors body the editor would have had from a request. */
  failure: { status: number; errors: { message: string }[] } | null
  result: TImportPreviewBody | TImportCreatedBody | null
}

/** What the status endpoint answers: the status, less who started it. */
export type TImportJobAnswer = Omit<TImportJobStatus, 'startedBy'>

const STATUS_PREFIX = 'import-job:'
const statusKey = (run: string) => `${STATUS_PREFIX}${run}`

/** A job's status, or null when there is no such job. */
export async function readImportJob(payload: Payload, run: string): Promise<TImportJobStatus | null> {
  return (await payload.kv.get(statusKey(run))) as TImportJobStatus | null
}

/**
 * Queues an import as `user`; returns its id at once. A list
 * over the byte budget is refused here (413), before anything is queued.
 */
export async function startImportJob(
  payload: Payload,
  {
    kind,
    request,
    user,
    budget,
  }: { kind: TImportJobKind; request: TImportRequest; user: TypedUser; budget: TImportBudget },
): Promise<string> {
  checkListBytes(request.text, budget)
  const run = randomUUID()
  const status: TImportJobStatus = {
    kind,
    state: 'queued',
    startedBy: user.id as number,
    progress: { rowsParsed: null, stopsPlanned: null, tripsCreated: 0, tripsTotal: null },
    failure: null,
    result: null,
  }
  // An editor's finished jobs go when they start another: a result is read once, and the
  // preview of a long list is megabytes.
  await rawSql(
    payload,
    sql`DELETE FROM payload_kv WHERE key LIKE ${`${STATUS_PREFIX}%`} AND (data->>'startedBy')::int = ${status.startedBy}
        AND data->>'state' IN ('succeeded', 'failed')`,
  )
  // The status first: the job only runs once it can claim it.
  await payload.kv.set(statusKey(run), status)
  const { text, ...rest } = request
  const input: TImportJobInput = {
    run,
    kind,
    list: Buffer.from(text).toString('base64'),
    request: rest,
    userId: user.id as number,
    budget,
  }
  // Its insert wakes every instance's queue runner; one claims it (jobs/queueRunner.ts).
  await payload.jobs.queue({ task: IMPORT_TASK, queue: IMPORT_QUEUE, input })
  return run
}

/**
 * Moves a queued import to running in one statement, returning its status: a job the queue runner claims again after
 * its lease (its process looked dead but was not) does not import the list twice.
 */
async function claim(payload: Payload, run: string): Promise<TImportJobStatus | null> {
  // The status as claimed, from the primary: a read replica may not have it yet.
  const [claimed] = await rawSql<{ data: TImportJobStatus }>(
    payload,
    sql`UPDATE payload_kv SET data = jsonb_set(data, '{state}', '"running"')
        WHERE key = ${statusKey(run)} AND data->>'state' = 'queued' RETURNING data`,
  )
  return claimed?.data ?? null
}

async function runImportJob(
  payload: Payload,
  { run, kind, list, userId, budget, ...input }: TImportJobInput,
): Promise<void> {
  const status = await claim(payload, run)
  if (!status) return
  const request: TImportRequest = { ...input.request, text: Buffer.from(list, 'base64').toString() }
  const save = (change: Partial<TImportJobStatus>) => payload.kv.set(statusKey(run), Object.assign(status, change))
  const onProgress = (progress: TImportProgress) => save({ progress })
  try {
    const result =
      kind === 'preview'
        ? previewBody(await previewImport(payload, request, { budget, onProgress }))
        : createdBody(
            await importTripList(payload, request, {
              user: {
                ...(await payload.findByID({ collection: USERS, id: userId, depth: 0, overrideAccess: true })),
                collection: USERS,
              },
              budget,
              onProgress,
            }),
          )
    await save({ state: 'succeeded', result })
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) payload.logger.error({ err: error }, `The import job ${run} failed`)
    await save({
      state: 'failed',
      failure: refusal
        ? { status: refusal.status, ...refusalBody(refusal) }
        : { status: 500, errors: [{ message: 'The import failed on the server; nothing was written.' }] },
    })
  }
}

/** The task Payload's queue runs; no retries: a failed import is reported, and started again by the editor. */
export const importTask: TaskConfig<{ input: TImportJobInput; output: object }> = {
  slug: IMPORT_TASK,
  retries: 0,
  handler: async ({ input, req }) => {
    await runImportJob(req.payload, input)
    return { output: {} }
  },
}
