import Table from 'cli-table3'
import type { TImportPlan } from './plan-import'

export interface TImportCounts {
  trips: number
  stops: number
  sourcesNew: number
  sourcesMatched: number
  places?: number
  people?: number
}

/** Counts of a plan before anything is written (a dry run's sources are all "new"). */
export const planCounts = (plan: TImportPlan): TImportCounts => ({
  trips: plan.trips.length,
  stops: plan.trips.reduce((count, trip) => count + trip.stops.length, 0),
  sourcesNew: plan.sources.length,
  sourcesMatched: 0,
})

/** The summary table the CLI prints: what was (or would be) created, and the warnings by kind. */
export function renderImportSummary(plan: TImportPlan, counts: TImportCounts, { dryRun }: { dryRun: boolean }): string {
  const summary = new Table({
    head: [dryRun ? 'Would create (dry run)' : 'Created', 'Count'],
    style: { head: [], border: [] },
  })
  const rumored = plan.trips.filter((trip) => trip.certainty === 'rumored').length
  summary.push(
    ['Draft trips', `${counts.trips}${rumored ? ` (${rumored} rumored)` : ''}`],
    ['Stops', String(counts.stops)],
    ['Sources, new', String(counts.sourcesNew)],
    ['Sources, matched existing', String(counts.sourcesMatched)],
    ...(counts.places !== undefined ? [['Places, new', String(counts.places)]] : []),
    ...(counts.people !== undefined ? [['People, new', String(counts.people)]] : []),
    ['Warnings', String(plan.warnings.length)],
  )
  const byCode = new Map<string, number>()
  for (const warning of plan.warnings) byCode.set(warning.code, (byCode.get(warning.code) ?? 0) + 1)
  const warnings = new Table({ head: ['Warning', 'Rows'], style: { head: [], border: [] } })
  for (const [code, count] of [...byCode].sort((a, b) => b[1] - a[1])) warnings.push([code, String(count)])
  return [
    summary.toString(),
    byCode.size ? warnings.toString() : '',
    ...plan.warnings.map((warning) => `  ${warning.message}`),
  ]
    .filter(Boolean)
    .join('\n')
}
