'use client'
import type { TReviewedCollection } from '@itinera/contracts/domain'
import { formatLocator } from '@itinera/contracts/locator'
import { citableFacts } from '@itinera/contracts/reference-facts'
import { relationId } from '@itinera/contracts/relation-id'
import { parseFactPath, tripFactLabel } from '@itinera/contracts/trip-facts'
import { useDocumentInfo, useFormFields, useRowLabel } from '@payloadcms/ui'
import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useState } from 'react'
import type { TSourcePickerHit } from '../sources/picker/sourcePickerHit'

interface TCitationRow {
  fact?: string | null
  source?: number | { id: number } | null
  locator?: { page?: string | null; folio?: string | null; paragraph?: string | null; footnote?: string | null } | null
}

// One request per source, however many rows cite it (a large trip cites a few sources a hundred times).
const sourceTitles = new Map<number, Promise<string | null>>()
const sourceTitle = (id: number) => {
  if (!sourceTitles.has(id))
    sourceTitles.set(
      id,
      fetch(`/api/source-picker?id=${id}`, { credentials: 'include' })
        .then((response) => (response.ok ? (response.json() as Promise<TSourcePickerHit>) : null))
        .then((hit) => hit?.title ?? null),
    )
  return sourceTitles.get(id)!
}

const rowCount = (fields: FormState, path: string) => fields[path]?.rows?.length ?? 0

/**
 * A trip fact's label from the form, found by the ids of its stop and row, not by building every
 * fact of the trip: the label is worked out for each citation row on each keystroke.
 */
function tripFactLabelIn(fields: FormState, fact: string): string | undefined {
  const ref = parseFactPath(fact)
  if (!ref) return undefined
  if (ref.kind === 'certainty') return tripFactLabel(ref)
  for (let stop = 0; stop < rowCount(fields, 'stops'); stop++) {
    if (fields[`stops.${stop}.id`]?.value !== ref.stopId) continue
    if (!('rowId' in ref)) return tripFactLabel(ref, stop)
    const rows = `stops.${stop}.${ref.kind}`
    for (let row = 0; row < rowCount(fields, rows); row++)
      if (fields[`${rows}.${row}.id`]?.value === ref.rowId) return tripFactLabel(ref, stop, row)
  }
  return undefined
}

/** "Stop 2: meeting 1 — Ciphered telegram, p. 4" for a citation row, instead of "Citation 03". */
export function CitationRowLabel() {
  const { data, rowNumber } = useRowLabel<TCitationRow>()
  const collection = useDocumentInfo().collectionSlug as TReviewedCollection
  const fact = data?.fact ?? ''
  const factLabel = useFormFields(([fields]) =>
    !fact
      ? undefined
      : collection === 'trips'
        ? tripFactLabelIn(fields, fact)
        : citableFacts(collection, reduceFieldsToValues(fields, true)).find((known) => known.path === fact)?.label,
  )
  const sourceId = relationId(data?.source ?? null)
  const [title, setTitle] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    if (sourceId) void sourceTitle(sourceId).then((found) => current && setTitle(found))
    return () => {
      current = false
    }
  }, [sourceId])
  const locator = formatLocator(data?.locator)
  const what = factLabel ?? (fact ? `${fact} (no longer on this record)` : 'No fact chosen')
  const where = sourceId ? [title ?? `source #${sourceId}`, locator].filter(Boolean).join(', ') : 'no source yet'
  return (
    <span className="citation-row-label">
      {String((rowNumber ?? 0) + 1).padStart(2, '0')} · {what} — {where}
    </span>
  )
}
