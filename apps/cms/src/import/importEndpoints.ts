import { hasRole } from '@itinera/contracts/roles'
import { ZImportRequestSchema } from '@itinera/contracts/schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { ImportRefusal, refusalBody, refusalOf } from './importAnswers'
import { readImportJob, startImportJob, type TImportJobAnswer, type TImportJobKind } from './importJobs'
import { IMPORT_BUDGET, type TImportBudget } from './planInWorker'

/** The signed-in editor or admin asking; 401/403 otherwise. */
function importer(req: PayloadRequest) {
  if (!req.user) throw new ImportRefusal(401, 'Sign in to import.')
  if (!hasRole(req.user, 'editor', 'admin')) throw new ImportRefusal(403, 'Importing needs the editor role.')
  return req.user
}

/** The request body, checked: 400 naming each bad field. */
async function readRequest(req: PayloadRequest) {
  const body = req.json ? await req.json().catch(() => null) : null
  const parsed = ZImportRequestSchema.safeParse(body)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || 'body',
      message: issue.message,
    }))
    throw new ImportRefusal(
      400,
      `Invalid import request: ${fields.map((field) => `${field.path}: ${field.message}`).join('; ')}`,
      { fields },
    )
  }
  return parsed.data
}

/** Runs an import step; refusals, bad files and budgets become JSON errors with their status and line, field or limit. */
async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) throw error
    return Response.json(refusalBody(refusal), { status: refusal.status })
  }
}

const start = (kind: TImportJobKind, budget: TImportBudget) => (req: PayloadRequest) =>
  respond(async () => {
    const user = importer(req)
    const job = await startImportJob(req.payload, { kind, request: await readRequest(req), user, budget })
    return Response.json({ job }, { status: 202, headers: { Location: `/api/import/jobs/${job}` } })
  })

/**
 * The admin's import, same rules as the CLI, as background jobs: POST /api/import/preview and
 * /api/import/create answer 202 with the job's id; GET /api/import/jobs/:id reports its progress,
 * then the preview, the drafts created or the refusal, to whoever started it and to admins
 * (404 to anyone else: another's job is not even said to exist). `budget` bounds each list.
 */
export function importEndpointsWithin(budget: TImportBudget): Endpoint[] {
  return [
    { path: '/import/preview', method: 'post', handler: start('preview', budget) },
    { path: '/import/create', method: 'post', handler: start('create', budget) },
    {
      path: '/import/jobs/:id',
      method: 'get',
      handler: (req) =>
        respond(async () => {
          const user = importer(req)
          const id = String(req.routeParams?.id ?? '')
          const status = /^[0-9a-f-]{36}$/.test(id) ? await readImportJob(req.payload, id) : null
          if (!status || (status.startedBy !== user.id && !hasRole(user, 'admin')))
            throw new ImportRefusal(404, `No import job "${id.slice(0, 64)}" of yours.`)
          const { kind, state, progress, failure, result } = status
          return Response.json({ kind, state, progress, failure, result } satisfies TImportJobAnswer)
        }),
    },
  ]
}

export const importEndpoints = importEndpointsWithin(IMPORT_BUDGET)
