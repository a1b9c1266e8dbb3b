'use client'
import { FieldDescription, TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useRef } from 'react'
import { earliestStart, suggestTripSlug, type TSlugDate } from '../fields/tripSlug'

const STOP_START = /^stops\.(\d+)\.start\.(year|month)$/

/**
 * A new trip's slug field, filled from its title and first month (suggestTripSlug) for as long
 * as the editor has not changed it; once they have, or once the trip is saved, it is theirs.
 */
export function TripSlugField(props: TextFieldClientProps) {
  const { id } = useDocumentInfo()
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  // A string, so the field re-renders only when the first month changes.
  const firstMonth = useFormFields(([fields]) => {
    const starts = new Map<string, { year?: number; month?: number }>()
    for (const [key, field] of Object.entries(fields)) {
      const match = STOP_START.exec(key)
      if (match) starts.set(match[1]!, { ...starts.get(match[1]!), [match[2]!]: field.value as number | undefined })
    }
    const first = earliestStart([...starts.values()])
    return first ? `${first.year}-${first.month ?? ''}` : ''
  })
  const suggested = useRef('')
  const untouched = !value || value === suggested.current

  useEffect(() => {
    if (id || !untouched) return
    const [year, month] = firstMonth.split('-').map((part) => (part ? Number(part) : null))
    const next = suggestTripSlug(title, { year, month } satisfies TSlugDate)
    suggested.current = next
    if (next !== (value ?? '')) setValue(next)
  }, [id, title, firstMonth, untouched, value, setValue])

  return (
    <>
      <TextField {...props} />
      {!id && value && untouched && (
        <FieldDescription
          path={path}
          description="Suggested from the title and the first month; change it as you like."
        />
      )}
    </>
  )
}
