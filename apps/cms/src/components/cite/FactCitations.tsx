'use client'
import { formatFactPath, type TFactRef, type TStopFact, type TStopRowFact } from '@itinera/contracts/trip-facts'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { FormState, UIFieldClientProps } from 'payload'
import { citationRows } from './citationRows'
import { citeRequests } from './citeRequests'

export type TCitedFactKind = 'certainty' | TStopFact | TStopRowFact

/** Numbers (1-based, as the citation rows are numbered) of the citations of one fact. */
export function citationNumbers(fields: FormState, fact: string): number[] {
  const numbers: number[] = []
  const count = fields.citations?.rows?.length ?? 0
  for (let row = 0; row < count; row++) if (fields[`citations.${row}.fact`]?.value === fact) numbers.push(row + 1)
  return numbers
}

/**
 * The fact a field beside it stands for, from where the field sits: `stops.1.cite_dates` is the
 * dates of the second stop, `stops.1.meetings.0.cite` its first meeting; null until the rows have ids.
 */
function factAt(fields: FormState, path: string, kind: TCitedFactKind): string | null {
  if (kind === 'certainty') return formatFactPath({ kind })
  const [stops, stop, rows, row] = path.split('.')
  const stopId = fields[`${stops}.${stop}.id`]?.value
  if (typeof stopId !== 'string' || !stopId) return null
  if (kind === 'dates' || kind === 'polity' || kind === 'places') return formatFactPath({ kind, stopId })
  const rowId = fields[`${stops}.${stop}.${rows}.${row}.id`]?.value
  return typeof rowId === 'string' && rowId ? formatFactPath({ kind, stopId, rowId } as TFactRef) : null
}

/** Beside a fact: its citations as numbered badges and a "Cite" action, as a footnote would be. */
export function FactCitations({ path, fact: kind }: UIFieldClientProps & { fact: TCitedFactKind }) {
  // A string, so the badges render again only when this fact's citations change.
  const found = useFormFields(([fields]) => {
    const fact = factAt(fields, path, kind)
    return fact ? `${fact}|${citationNumbers(fields, fact).join(',')}` : ''
  })
  // Who may not save (a reviewer, anyone while the record is in review) sees the badges only.
  const { hasSavePermission } = useDocumentInfo()
  if (!found) return null
  const [fact, list] = found.split('|') as [string, string]
  const numbers = list ? list.split(',').map(Number) : []
  return (
    <div className="fact-citations" data-fact={fact}>
      {numbers.length === 0 ? (
        <span className="fact-citations__none">No citation yet</span>
      ) : (
        numbers.map((number) => (
          <button
            key={number}
            type="button"
            className="fact-citations__badge"
            aria-label={`Citation ${number}`}
            onClick={() => citationRows.show(number - 1)}
          >
            {number}
          </button>
        ))
      )}
      {hasSavePermission && (
        <button type="button" className="fact-citations__cite" onClick={() => citeRequests.open([fact])}>
          Cite
        </button>
      )}
    </div>
  )
}
