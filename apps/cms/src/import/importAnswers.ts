import { formatDateRange } from '@itinera/contracts/partial-date'
import type { TImportExistingTrip, TImportPreviewBody } from '@itinera/contracts/schemas'
import { ImportFileError } from '@itinera/importer'
import type { TImportPreview, TImportResult } from './importTripList'
import { plannedSpan } from './existingTrips'
import { ImportBudgetError } from './planInWorker'
import { ImportRequestError } from './importTripList'

/** A refusal the editor can act on: its status and message reach the client as they are. */
export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/**
 * What the editor is told of an error: its status with the line, field or limit, or null for a
 * fault of ours (Payload's own error formatting does not survive the production bundle's class names).
 */
export function refusalOf(error: unknown): ImportRefusal | null {
  if (error instanceof ImportRefusal) return error
  if (error instanceof ImportFileError) return new ImportRefusal(400, error.message, { line: error.line })
  if (error instanceof ImportRequestError)
    return new ImportRefusal(400, error.message, { fields: [{ path: error.field, message: error.message }] })
  if (error instanceof ImportBudgetError) return new ImportRefusal(error.status, error.message, { limit: error.limit })
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status < 500
    ? new ImportRefusal(status, (error as Error).message, { data: (error as { data?: unknown }).data })
    : null
}

/** The errors body of a refusal, as every import answer carries it. */
export const refusalBody = (refusal: ImportRefusal) => ({ errors: [{ message: refusal.message, ...refusal.detail }] })

/** The preview as the admin shows it: dates in words, guesses and warnings on their stops, the trips each may repeat. */
export function previewBody({
  plan,
  sources,
  existing,
}: TImportPreview & { existing: TImportExistingTrip[][] }): TImportPreviewBody {
  return {
    listTitle: plan.listTitle,
    trips: plan.trips.map((trip, at) => ({
      line: trip.line,
      certainty: trip.certainty,
      ...plannedSpan(trip),
      existing: existing[at] ?? [],
      stops: trip.stops.map((stop) => ({
        line: stop.line,
        dates: formatDateRange(stop.start, stop.end),
        polity: stop.polity?.name ?? null,
        polityInferred: stop.polityInferred,
        places: stop.places.map((place) => ({ name: place.name, isNew: !place.key })),
        people: stop.people.map((person) => ({ name: person.name, title: person.title, isNew: !person.key })),
        details: stop.details?.text ?? null,
        refs: stop.refs,
        guesses: stop.guesses,
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
export type { TImportPreviewBody }

/** What creating the drafts answers: the trips made and the counts. */
export function createdBody({ trips, created, matched, plan }: TImportResult) {
  return { trips, created, matched, warnings: plan.warnings.length }
}
export type TImportCreatedBody = ReturnType<typeof createdBody>
