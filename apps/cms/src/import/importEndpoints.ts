import { hasRole } from '@itinera/contracts/roles'
import { ZImportRequestSchema } from '@itinera/contracts/schemas'
import { formatDateRange } from '@itinera/contracts/partial-date'
import { ImportFileError } from '@itinera/importer'
import type { Endpoint, PayloadRequest } from 'payload'
import { importTripList, ImportRequestError, previewImport, type TImportPreview } from './importTripList'

/** A refusal the editor can act on: its status and message reach the client as they are. */
class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/** The request body, checked: 400 naming each bad field; 401/403 unless an editor or admin asks. */
async function readRequest(req: PayloadRequest) {
  if (!req.user) throw new ImportRefusal(401, 'Sign in to import.')
  if (!hasRole(req.user, 'editor', 'admin')) throw new ImportRefusal(403, 'Importing needs the editor role.')
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

/**
 * Runs an import step; refusals and bad files become JSON errors with their status, line or
 * field (Payload's own error formatting does not survive the production bundle's class names).
 */
async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    const refusal =
      error instanceof ImportRefusal
        ? error
        : error instanceof ImportFileError
          ? new ImportRefusal(400, error.message, { line: error.line })
          : error instanceof ImportRequestError
            ? new ImportRefusal(400, error.message, { fields: [{ path: error.field, message: error.message }] })
            : typeof (error as { status?: unknown }).status === 'number' && (error as { status: number }).status < 500
              ? new ImportRefusal((error as { status: number }).status, (error as Error).message, {
                  data: (error as { data?: unknown }).data,
                })
              : null
    if (!refusal) throw error
    return Response.json({ errors: [{ message: refusal.message, ...refusal.detail }] }, { status: refusal.status })
  }
}

/** The preview as the admin shows it: dates in words, warnings on their stops. */
function previewBody({ plan, sources }: TImportPreview) {
  return {
    listTitle: plan.listTitle,
    trips: plan.trips.map((trip) => ({
      line: trip.line,
      certainty: trip.certainty,
      stops: trip.stops.map((stop) => ({
        line: stop.line,
        dates: formatDateRange(stop.start, stop.end),
        polity: stop.polity?.name ?? null,
        polityInferred: stop.polityInferred,
        places: stop.places.map((place) => ({ name: place.name, isNew: !place.key })),
        people: stop.people.map((person) => ({ name: person.name, title: person.title, isNew: !person.key })),
        details: stop.details?.text ?? null,
        refs: stop.refs,
        warnings: stop.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
      })),
    })),
    sources: plan.sources.map((source) => {
      const match = sources.find((candidate) => candidate.ref === source.ref)
      return { ref: source.ref, kind: source.kind, title: source.title, matchedBy: match?.matchedBy ?? null }
    }),
    warnings: plan.warnings,
  }
}
export type TImportPreviewBody = ReturnType<typeof previewBody>

/** POST /api/import/preview and /api/import/create: the admin's import, same rules as the CLI. */
export const importEndpoints: Endpoint[] = [
  {
    path: '/import/preview',
    method: 'post',
    handler: (req) =>
      respond(async () => {
        const request = await readRequest(req)
        return Response.json(previewBody(await previewImport(req.payload, request)))
      }),
  },
  {
    path: '/import/create',
    method: 'post',
    handler: (req) =>
      respond(async () => {
        const request = await readRequest(req)
        const result = await importTripList(req.payload, request, { user: req.user! })
        const { trips, created, matched } = result
        return Response.json({ trips, created, matched, warnings: result.plan.warnings.length }, { status: 201 })
      }),
  },
]
