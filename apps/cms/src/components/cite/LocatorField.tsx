'use client'
import { formatLocator, LOCATOR_PARTS, parseLocator } from '@itinera/contracts/locator'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { GroupFieldClientComponent } from 'payload'
import { useState } from 'react'

/**
 * A citation's locator as one field people write as they would in a footnote ("pp. 39–42, n. 4"),
 * stored in its parts (page, folio, paragraph, footnote) as before.
 */
export const LocatorField: GroupFieldClientComponent = ({ path, readOnly }) => {
  const parts = {
    page: useField<string | null>({ path: `${path}.page` }),
    folio: useField<string | null>({ path: `${path}.folio` }),
    paragraph: useField<string | null>({ path: `${path}.paragraph` }),
    footnote: useField<string | null>({ path: `${path}.footnote` }),
  }
  const stored = formatLocator(Object.fromEntries(LOCATOR_PARTS.map((part) => [part, parts[part].value]))) ?? ''
  const [text, setText] = useState<string | null>(null)
  const shown = text ?? stored
  const reading = parseLocator(shown)
  const id = `field-${path.replace(/\./g, '__')}`

  const write = (value: string) => {
    setText(value)
    const next = parseLocator(value)
    if (!next.ok) return
    for (const part of LOCATOR_PARTS)
      if ((parts[part].value ?? null) !== (next.locator[part] ?? null)) parts[part].setValue(next.locator[part] ?? null)
  }

  return (
    <div className={`field-type text locator-field${reading.ok ? '' : ' error'}`}>
      <FieldLabel htmlFor={id} label="Where in the source" />
      <input
        id={id}
        type="text"
        value={shown}
        readOnly={readOnly}
        placeholder="p. 95 · pp. 39–42 · f. 12 · para 3 · n. 4"
        aria-invalid={!reading.ok}
        onChange={(event) => write(event.target.value)}
        onBlur={() => reading.ok && setText(null)}
      />
      {!reading.ok && (
        <p className="locator-field__error" role="alert">
          {reading.message}
        </p>
      )}
    </div>
  )
}
