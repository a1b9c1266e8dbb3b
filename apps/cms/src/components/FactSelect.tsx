'use client'
import { REVIEWED_RECORD, type TReviewedCollection } from '@itinera/contracts/domain'
import { citableFacts } from '@itinera/contracts/reference-facts'
import { FieldError, FieldLabel, useAllFormFields, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

/** Picks the fact a citation supports from the record being edited, by name, not by path. */
export const FactSelect: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<string>({ path })
  const [formFields] = useAllFormFields()
  const collection = useDocumentInfo().collectionSlug as TReviewedCollection
  const facts = citableFacts(collection, reduceFieldsToValues(formFields, true))
  const id = `field-${path.replace(/\./g, '__')}`
  const known = !value || facts.some((fact) => fact.path === value)

  return (
    <div className={`field-type select${showError ? ' error' : ''}`}>
      <FieldLabel htmlFor={id} label={field.label || 'Fact'} required={field.required} />
      <FieldError path={path} showError={showError} />
      <select id={id} value={value ?? ''} disabled={readOnly} onChange={(event) => setValue(event.target.value)}>
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
