'use client'
import { citableFacts } from '@itinera/contracts/reference-facts'
import { LOCATOR_PARTS, parseLocator } from '@itinera/contracts/locator'
import { useDocumentInfo, useForm } from '@payloadcms/ui'
import type { FormState } from 'payload'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { SOURCES, TRIPS } from '../../slugs'
import { SourceChooser } from '../SourcePicker'
import { citeRequests } from './citeRequests'

const CITATIONS = 'citations'
const stateOf = (value: unknown) => ({ value, initialValue: value, valid: true })

interface TFactChoice {
  path: string
  label: string
  cited: number
}

/**
 * One action cites several facts to one source and place in it: "Cite facts…" offers every fact
 * still uncited, a fact's own "Cite" offers that one; each chosen fact gets a citation row.
 */
export function CiteFacts() {
  const requested = useSyncExternalStore(citeRequests.subscribe, citeRequests.current, () => null)
  const { addFieldRow, getData } = useForm()
  // The form's data as it is when the dialog opens, not a dependency that reopens it.
  const readData = useRef(getData)
  readData.current = getData
  const dialog = useRef<HTMLDialogElement>(null)
  const [facts, setFacts] = useState<TFactChoice[]>([])
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [source, setSource] = useState<number | null>(null)
  const [locatorText, setLocatorText] = useState('')
  const [quote, setQuote] = useState('')

  useEffect(() => {
    if (!requested) return dialog.current?.close()
    const data = readData.current() as { citations?: { fact?: string }[] }
    const counts = new Map<string, number>()
    for (const citation of Array.isArray(data.citations) ? data.citations : [])
      if (citation.fact) counts.set(citation.fact, (counts.get(citation.fact) ?? 0) + 1)
    const all = citableFacts(TRIPS, data).map((fact) => ({ ...fact, cited: counts.get(fact.path) ?? 0 }))
    setFacts(all)
    setChosen(new Set(requested.length ? requested : all.filter((fact) => !fact.cited).map((fact) => fact.path)))
    setLocatorText('')
    setQuote('')
    // Not modal: the source chooser's "New source…" drawer opens outside the dialog.
    if (!dialog.current?.open) dialog.current?.show()
  }, [requested])

  const { hasSavePermission } = useDocumentInfo()
  const locator = parseLocator(locatorText)
  const ready = chosen.size > 0 && source !== null && locator.ok

  const cite = () => {
    if (!ready || !locator.ok) return
    // Each row after the last: the form's data is not updated between these calls.
    const existing = readData.current() as { citations?: unknown }
    let rowIndex = Array.isArray(existing.citations) ? existing.citations.length : 0
    for (const fact of facts.filter((known) => chosen.has(known.path))) {
      const row: FormState = { fact: stateOf(fact.path), source: stateOf(source), quote: stateOf(quote || null) }
      for (const part of LOCATOR_PARTS) row[`locator.${part}`] = stateOf(locator.locator[part] ?? null)
      addFieldRow({ path: CITATIONS, schemaPath: CITATIONS, rowIndex: rowIndex++, subFieldState: row })
    }
    citeRequests.close()
  }
  const toggle = (path: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (!next.delete(path)) next.add(path)
      return next
    })

  if (!hasSavePermission) return null
  return (
    <div className="cite-facts">
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => citeRequests.open([])}>
        Cite facts…
      </button>
      <dialog
        ref={dialog}
        className="cite-facts__dialog"
        aria-labelledby="cite-facts-title"
        onClose={citeRequests.close}
        onKeyDown={(event) => {
          if (event.defaultPrevented) return
          if (event.key === 'Escape') citeRequests.close()
          // Enter in a field here adds the citations; in the record's form it would save the record.
          else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            event.preventDefault()
            cite()
          } else return
          event.stopPropagation()
        }}
      >
        {/* Inside the record's form: no form of its own, whose submit would be the record's. */}
        <div className="cite-facts__body">
          <h3 id="cite-facts-title">Cite facts to one source</h3>
          <fieldset className="cite-facts__facts">
            <legend>Facts</legend>
            {facts.map((fact) => (
              <label key={fact.path}>
                <input type="checkbox" checked={chosen.has(fact.path)} onChange={() => toggle(fact.path)} />
                {fact.label}
                <span className="cite-facts__count">
                  {fact.cited ? ` · ${fact.cited} citation${fact.cited > 1 ? 's' : ''}` : ' · no citation yet'}
                </span>
              </label>
            ))}
          </fieldset>
          {/* Mounted only while open: it searches as soon as it is shown. */}
          {requested && (
            <SourceChooser
              inputId="cite-facts-source"
              relationTo={SOURCES}
              value={source}
              setValue={setSource}
              label={<label htmlFor="cite-facts-source">Source</label>}
            />
          )}
          <label htmlFor="cite-facts-locator">Where in the source</label>
          <input
            id="cite-facts-locator"
            value={locatorText}
            placeholder="p. 95 · pp. 39–42 · f. 12 · para 3 · n. 4"
            aria-invalid={!locator.ok}
            aria-describedby="cite-facts-locator-error"
            onChange={(event) => setLocatorText(event.target.value)}
          />
          {!locator.ok && (
            <p id="cite-facts-locator-error" className="cite-facts__error" role="alert">
              {locator.message}
            </p>
          )}
          <label htmlFor="cite-facts-quote">Quote (in the original language, optional)</label>
          <textarea id="cite-facts-quote" value={quote} rows={2} onChange={(event) => setQuote(event.target.value)} />
          <div className="cite-facts__actions">
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={!ready} onClick={cite}>
              {chosen.size === 1 ? 'Add 1 citation' : `Add ${chosen.size} citations`}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={citeRequests.close}>
              Cancel
            </button>
          </div>
        </div>
      </dialog>
    </div>
  )
}
