import type { TQualityIssue } from '@itinera/contracts/trip-quality'
import type { ArrayFieldServerProps } from 'payload'
import { factFieldPath, type TStopsWithRows } from '../collections/Trips/factFieldPath'
import { overlappingTrips } from '../collections/Trips/hooks/overlappingTrips'
import type { Trip } from '../payload-types'
import { TRIPS } from '../slugs'
import { FactLink } from './FactLink'

type TListedIssue = Pick<TQualityIssue, 'severity' | 'message'> & { code?: string | null; fact?: string | null }

const TRIP_ISSUES = new Set(['duplicate_trip', 'overlapping_trip'])

/**
 * The trip's data-quality issues and its sources' health warnings as one short list at the top
 * of the form, a line each: an issue about a fact links to the field that states it, a duplicate
 * or overlap to the other trip. In place of the two arrays' rows, which took a card each.
 */
export async function QualityIssues({ data, req }: ArrayFieldServerProps) {
  const trip = (data ?? {}) as Partial<Trip>
  const issues: TListedIssue[] = [...(trip.sourceHealth ?? []), ...(trip.qualityIssues ?? [])].filter(
    (issue): issue is TListedIssue => Boolean(issue.severity && issue.message),
  )
  if (!issues.length) return null
  // The other trip is named in the message ("…as "<title>"…"): the longest title it quotes.
  const others = issues.some((issue) => TRIP_ISSUES.has(issue.code ?? ''))
    ? (await overlappingTrips(req, trip)).sort((a, b) => b.title.length - a.title.length)
    : []
  const otherTrip = (message: string) => others.find((other) => message.includes(`"${other.title}"`))
  const errors = issues.filter((issue) => issue.severity === 'error').length
  return (
    <section className="quality-issues" aria-labelledby="quality-issues-heading" data-testid="quality-issues">
      <h3 id="quality-issues-heading" className="quality-issues__heading">
        Data quality: {errors ? `${errors} blocking approval, ` : ''}
        {issues.length - errors} {issues.length - errors === 1 ? 'warning' : 'warnings'}
      </h3>
      <ul className="quality-issues__list">
        {issues.map((issue, index) => {
          const field = issue.fact ? factFieldPath(trip.stops as TStopsWithRows, issue.fact) : null
          const other = TRIP_ISSUES.has(issue.code ?? '') ? otherTrip(issue.message) : undefined
          return (
            <li key={index} className={`quality-issues__item quality-issues__item--${issue.severity}`}>
              <span className="quality-issues__severity">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
              {field ? (
                <FactLink field={field}>{issue.message}</FactLink>
              ) : other ? (
                <a href={`/admin/collections/${TRIPS}/${other.id}`}>{issue.message}</a>
              ) : (
                issue.message
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The source-health array's rows are listed with the quality issues (QualityIssues). */
export function ListedWithQualityIssues() {
  return null
}
