'use client'
import type { TReviewedCollection } from '@itinera/contracts/domain'
import { formatLocator } from '@itinera/contracts/locator'
import { relationId } from '@itinera/contracts/relation-id'
import { useDocumentInfo, useFormFields, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { factLabelIn } from './cite/factLabelIn'
import { sourceHit } from './cite/sourceHits'

interface TCitationRow {
  fact?: string | null
  source?: number | { id: number } | null
  locator?: { page?: string | null; folio?: string | null; paragraph?: string | null; footnote?: string | null } | null
}

/** "Stop 2: meeting 1 — Ciphered telegram, p. 4" for a citation row, instead of "Citation 03". */
export function CitationRowLabel() {
  const { data, rowNumber } = useRowLabel<TCitationRow>()
  const collection = useDocumentInfo().collectionSlug as TReviewedCollection
  const fact = data?.fact ?? ''
  const factLabel = useFormFields(([fields]) => (fact ? factLabelIn(collection, fields, fact) : undefined))
  const sourceId = relationId(data?.source ?? null)
  const [title, setTitle] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    if (sourceId) void sourceHit(sourceId).then((hit) => current && setTitle(hit?.title ?? null))
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
