'use client'
import { REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { citableFacts } from '@itinera/contracts/reference-facts'
import type { TTripFact } from '@itinera/contracts/trip-facts'
import { FieldError, FieldLabel, useDocumentInfo, useField, useForm, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useState } from 'react'
import { factLabelIn, formFacts } from './cite/factLabelIn'

/**
 * Picks the fact a citation supports from the record being edited, by name, not by path. The
 * list of facts is read from the form when the row appears (once for all rows appearing with it)
 * and again when the field is entered, not on every change: a large trip has a hundred such rows.
 */
export const FactSelect: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<string>({ path })
  const collection = useDocumentInfo().collectionSlug as TReviewedCollection
  const form = useForm()
  const [facts, setFacts] = useState<TTripFact[]>(() => formFacts(collection, form.fields))
  const refresh = () => setFacts(citableFacts(collection, form.getData()))
  const known = useFormFields(([fields]) => !value || factLabelIn(collection, fields, value) !== undefined)
  const id = `field-${path.replace(/\./g, '__')}`

  return (
    <div className={`field-type select${showError ? ' error' : ''}`}>
      <FieldLabel htmlFor={id} label={field.label || 'Fact'} required={field.required} />
      <FieldError path={path} showError={showError} />
      <select
        id={id}
        value={value ?? ''}
        disabled={readOnly}
        onFocus={refresh}
        onPointerDown={refresh}
        onChange={(event) => setValue(event.target.value)}
      >
        <option value="">Choose the fact this citation supports…</option>
        {facts.map((fact) => (
          <option key={fact.path} value={fact.path}>
            {fact.label}
          </option>
        ))}
        {!known && (
          <option value={value}>
            {value} (no longer on this {REVIEWED_RECORD[collection].noun})
          </option>
        )}
      </select>
    </div>
  )
}
