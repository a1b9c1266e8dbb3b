import { officesOnDate, titleMatchesOffices } from './on-date'
import { endOf, startOf, type TPartialDate } from './partial-date'
import { relationId } from './relation-id'
import { factPath, tripFacts, uncitedFacts, type TTripFactsSource } from './trip-facts'

export const QUALITY_SEVERITIES = ['error', 'warning'] as const
export type TQualitySeverity = (typeof QUALITY_SEVERITIES)[number]

export interface TQualityIssue {
  code:
    | 'stop_dates_reversed'
    | 'stop_without_polity'
    | 'uncited_fact'
    | 'tertiary_only'
    | 'no_office_on_date'
    | 'title_differs_from_office'
    | 'overlapping_trip'
    | 'duplicate_trip'
    | 'overlapping_stops'
    | 'import_note'
    | 'dead_source'
    | 'usurped_source'
    | 'quote_drift'
  /** error blocks approval; warning is shown and kept. */
  severity: TQualitySeverity
  /** The fact path concerned, when there is one. */
  fact: string | null
  message: string
}

type TDateParts =
  { year?: number | null; month?: number | null; day?: number | null; circa?: boolean | null } | null | undefined

export interface TQualityTrip extends TTripFactsSource {
  id?: number | null
  startsOn?: string | null
  endsOn?: string | null
  stops?:
    | (NonNullable<TTripFactsSource['stops']>[number] & {
        start?: TDateParts
        end?: TDateParts
        meetings?: { id?: string | null; person?: number | { id: number } | null; title?: string | null }[] | null
      })[]
    | null
  citations?: { fact?: string | null; source?: number | { id: number } | null }[] | null
  importWarnings?: { line?: number | null; message?: string | null }[] | null
}

/** What the checks need from the database besides the trip itself. */
export interface TQualityLookups {
  /** Other trips of the same leader whose span meets this one's. */
  overlappingTrips: { id: number; title: string; startsOn: string | null; endsOn: string | null }[]
  /** Offices of the people met, by person id. */
  officesByPerson: Map<
    number,
    { name: string; offices: { title?: string | null; from?: TDateParts; to?: TDateParts }[] }
  >
  /** Source class of each cited source, by source id. */
  sourceClassById: Map<number, string>
}

const toPartial = (date: TDateParts): TPartialDate | null =>
  date?.year != null
    ? { year: date.year, month: date.month ?? null, day: date.day ?? null, circa: Boolean(date.circa) }
    : null
const day = (iso: string | null | undefined) => iso?.slice(0, 10) ?? null

/** The data-quality issues of a trip, each naming its fact in words an editor can act on. */
export function tripQualityIssues(trip: TQualityTrip, lookups: TQualityLookups): TQualityIssue[] {
  const issues: TQualityIssue[] = []
  const labels = new Map(tripFacts(trip).map((fact) => [fact.path, fact.label]))

  ;(trip.stops ?? []).forEach((stop, index) => {
    const name = `Stop ${index + 1}`
    const start = toPartial(stop.start)
    const end = toPartial(stop.end)
    if (start && end && endOf(end) < startOf(start)) {
      issues.push({
        code: 'stop_dates_reversed',
        severity: 'error',
        fact: stop.id ? factPath.stopDates(stop.id) : null,
        message: `${name}: ends before it starts.`,
      })
    }
    if (stop.polity == null) {
      issues.push({
        code: 'stop_without_polity',
        severity: 'warning',
        fact: stop.id ? factPath.stopPolity(stop.id) : null,
        message: `${name}: no country given.`,
      })
    }
    for (const meeting of stop.meetings ?? []) {
      const person = lookups.officesByPerson.get(relationId(meeting.person) ?? -1)
      // A person with no office on record (a painter met) has nothing to check.
      if (!person?.offices.length || !start) continue
      const from = startOf(start)
      const fact = stop.id && meeting.id ? factPath.meeting(stop.id, meeting.id) : null
      const held = officesOnDate(person.offices, from)
      if (!held.length) {
        issues.push({
          code: 'no_office_on_date',
          severity: 'warning',
          fact,
          message: `${name}: ${person.name} held no recorded office on ${from}.`,
        })
      } else if (meeting.title && !titleMatchesOffices(meeting.title, held)) {
        issues.push({
          code: 'title_differs_from_office',
          severity: 'warning',
          fact,
          message: `${name}: the source prints "${meeting.title}", but on ${from} ${person.name} held ${held
            .map((office) => `"${office.title ?? ''}"`)
            .join(' and ')}.`,
        })
      }
    }
  })

  const spans = (trip.stops ?? []).flatMap((stop, index) => {
    const start = toPartial(stop.start)
    return start ? [{ index, from: startOf(start), to: endOf(toPartial(stop.end) ?? start) }] : []
  })
  spans.forEach((span, at) => {
    for (const other of spans.slice(at + 1)) {
      // Touching ends are travel days (left one capital, reached the next): only real overlaps count.
      if (span.from < other.to && other.from < span.to) {
        issues.push({
          code: 'overlapping_stops',
          severity: 'warning',
          fact: null,
          message: `Stops ${span.index + 1} and ${other.index + 1} overlap (${span.from} – ${span.to} and ${other.from} – ${other.to}).`,
        })
      }
    }
  })

  for (const note of Array.isArray(trip.importWarnings) ? trip.importWarnings : []) {
    if (note.message)
      issues.push({ code: 'import_note', severity: 'warning', fact: null, message: `Import: ${note.message}` })
  }

  for (const fact of uncitedFacts(trip)) {
    issues.push({
      code: 'uncited_fact',
      // It keeps the trip from approval (approvalBlockers), so it is labelled as what blocks.
      severity: 'error',
      fact: fact.path,
      message: `${fact.label}: no citation yet.`,
    })
  }

  const classesByFact = new Map<string, string[]>()
  for (const citation of trip.citations ?? []) {
    if (!citation.fact) continue
    const sourceClass = lookups.sourceClassById.get(relationId(citation.source) ?? -1)
    if (sourceClass) classesByFact.set(citation.fact, [...(classesByFact.get(citation.fact) ?? []), sourceClass])
  }
  for (const [fact, classes] of classesByFact) {
    if (classes.every((sourceClass) => sourceClass === 'tertiary')) {
      issues.push({
        code: 'tertiary_only',
        severity: 'warning',
        fact,
        message: `${labels.get(fact) ?? fact}: supported only by a tertiary (Wikipedia-class) source.`,
      })
    }
  }

  for (const other of lookups.overlappingTrips) {
    if (other.id === trip.id) continue
    const same = day(other.startsOn) === day(trip.startsOn) && day(other.endsOn) === day(trip.endsOn)
    issues.push({
      code: same ? 'duplicate_trip' : 'overlapping_trip',
      severity: 'warning',
      fact: null,
      message: same
        ? `Same leader and dates as "${other.title}": a duplicate?`
        : `Overlaps "${other.title}" (${day(other.startsOn)} – ${day(other.endsOn)}) of the same leader.`,
    })
  }
  return issues
}
