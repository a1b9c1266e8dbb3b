'use client'
import type { TProposedSource, TSourceAutofillResponse } from '@itinera/contracts/source-autofill'
import { Button, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'

const FOUND_BY: Record<TSourceAutofillResponse['foundBy'], string> = {
  doi: 'the DOI',
  isbn: 'the ISBN',
  url: 'the page',
  archive: 'the archived page',
}

/** The form fields a proposal fills, by path; fields it leaves out keep what the editor typed. */
function fieldValues(source: TProposedSource): [string, unknown][] {
  const values: [string, unknown][] = [
    ['kind', source.kind],
    ['title', source.title],
    ['publisher', source.publisher],
    ['language', source.language],
    ['url', source.url],
    ['archiveUrl', source.archiveUrl],
    ['archiveDate', source.archiveDate],
    ['accessDate', source.accessDate],
    ['identifiers.isbn', source.identifiers.isbn],
    ['identifiers.doi', source.identifiers.doi],
  ]
  if (source.date) {
    values.push(['date.year', source.date.year], ['date.month', source.date.month ?? null])
    values.push(['date.day', source.date.day ?? null])
  }
  return values.filter(([, value]) => value !== undefined)
}

/**
 * "Fill from ISBN / DOI / URL" on a new source: the CMS looks the identifier up and the form is
 * filled with what it found, for the editor to check and save as a draft like any other.
 */
export function SourceAutofill() {
  const { id } = useDocumentInfo()
  const { dispatchFields, addFieldRow, removeFieldRow, getDataByPath, setModified } = useForm()
  const [identifier, setIdentifier] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  // Server-rendered buttons do nothing until hydrated; keep them disabled till then.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  if (id) return null

  function fill(source: TProposedSource) {
    for (const [path, value] of fieldValues(source)) dispatchFields({ type: 'UPDATE', path, value })
    if (source.authors.length > 0) {
      const existing = ((getDataByPath('authors') as unknown[] | undefined) ?? []).length
      for (let row = existing - 1; row >= 0; row--) removeFieldRow({ path: 'authors', rowIndex: row })
      source.authors.forEach(({ name }, rowIndex) =>
        addFieldRow({
          path: 'authors',
          schemaPath: 'authors',
          rowIndex,
          subFieldState: { name: { value: name, initialValue: name, valid: true } },
        }),
      )
    }
    setModified(true)
  }

  async function lookUp(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch('/api/sources/autofill', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier }),
      })
      const body = (await response.json().catch(() => ({}))) as Partial<TSourceAutofillResponse> & {
        errors?: { message: string; fields?: { message: string }[] }[]
      }
      if (!response.ok || !body.source || !body.foundBy) {
        // A refused identifier is said without the API's field name: the editor sees the field.
        const error = body.errors?.[0]
        setOutcome({
          ok: false,
          message: error?.fields?.[0]?.message ?? error?.message ?? `The lookup failed (${response.status})`,
        })
        return
      }
      fill(body.source)
      setOutcome({ ok: true, message: `Filled from ${FOUND_BY[body.foundBy]}: check each field, then save.` })
    } finally {
      setBusy(false)
    }
  }

  // Not a <form>: the document form around it would be submitted too.
  return (
    <div className="source-autofill field-type" role="group" aria-label="Fill from an identifier">
      <label className="field-label" htmlFor="source-autofill-identifier">
        Fill from ISBN / DOI / URL
      </label>
      <div className="source-autofill__row">
        <input
          id="source-autofill-identifier"
          type="text"
          value={identifier}
          placeholder="10.1234/… · 978-… · https://…"
          onChange={(event) => setIdentifier(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void lookUp(event)
          }}
        />
        <Button buttonStyle="secondary" size="medium" disabled={!ready || busy || !identifier.trim()} onClick={lookUp}>
          {busy ? 'Looking up…' : 'Fill'}
        </Button>
      </div>
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          className={outcome.ok ? 'source-autofill__ok' : 'source-autofill__error'}
        >
          {outcome.message}
        </p>
      )}
    </div>
  )
}
