'use client'
import { Button, FieldError, FieldLabel, useDocumentDrawer, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { TSourcePickerHit } from '../sources/picker/sourcePickerHit'
import { sourceHit } from './cite/sourceHits'

// Enough for a typed word to settle before asking; each answer replaces the last.
const SEARCH_DELAY_MS = 150

async function fetchPicker<T>(query: string): Promise<T | null> {
  const response = await fetch(`/api/source-picker?${query}`, { credentials: 'include' })
  return response.ok ? ((await response.json()) as T) : null
}

function HitText({ hit }: { hit: TSourcePickerHit }) {
  return (
    <>
      <span className="source-picker__title">{hit.title}</span>
      <span className="source-picker__details">
        {[hit.details, hit.reviewStateLabel, `#${hit.id}`].filter(Boolean).join(' · ')}
        {hit.recent && ' · cited lately'}
        {!hit.approved && <span className="source-picker__unapproved"> · not yet approved</span>}
      </span>
    </>
  )
}

/**
 * A citation's source, found by title, author, year, ISBN, DOI, publisher, call number or record
 * id (GET /api/source-picker), the sources one cited lately first; each hit says who, when, what
 * kind and its review state, and one not yet approved says it holds up approval. "New source"
 * opens the source form in a drawer and picks what it saves.
 */
export function SourceChooser({
  inputId,
  relationTo,
  value,
  setValue,
  readOnly = false,
  showError = false,
  label,
}: {
  inputId: string
  relationTo: string
  value: number | null | undefined
  setValue: (id: number) => void
  readOnly?: boolean
  showError?: boolean
  /** The field's label and error, above the chooser. */
  label: ReactNode
}) {
  const [selected, setSelected] = useState<TSourcePickerHit | null>(null)
  const [searching, setSearching] = useState(false)
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<TSourcePickerHit[]>([])
  const [active, setActive] = useState(0)
  const listId = useId()
  const [SourceDrawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: relationTo })

  useEffect(() => {
    if (!value) return setSelected(null)
    if (selected?.id === value) return
    let current = true
    void sourceHit(value).then((hit) => current && setSelected(hit))
    return () => {
      current = false
    }
  }, [value, selected?.id])

  const open = searching || !value
  useEffect(() => {
    if (!open) return
    let current = true
    const timer = setTimeout(() => {
      void fetchPicker<{ hits: TSourcePickerHit[] }>(`q=${encodeURIComponent(query.trim())}`).then((answer) => {
        if (!current) return
        setHits(answer?.hits ?? [])
        setActive(0)
      })
    }, SEARCH_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [open, query])

  const choose = (hit: TSourcePickerHit) => {
    setSelected(hit)
    setValue(hit.id)
    setSearching(false)
    setQuery('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, hits.length - 1))
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
    else if (event.key === 'Enter' && hits[active]) choose(hits[active])
    else if (event.key === 'Escape' && value) setSearching(false)
    else return
    event.preventDefault()
  }

  return (
    <div className={`field-type source-picker${showError ? ' error' : ''}`} data-testid="source-picker">
      {label}
      {value && !selected && !searching && <p className="source-picker__details">Source #{value}</p>}
      {value && selected && !searching && (
        <div className="source-picker__selected">
          <a href={`/admin/collections/${relationTo}/${selected.id}`} target="_blank" rel="noreferrer">
            <HitText hit={selected} />
          </a>
          {!selected.approved && (
            <p className="source-picker__warning" role="note">
              Not yet approved: this record can be approved only once this source is.
            </p>
          )}
          {!readOnly && (
            <Button buttonStyle="secondary" size="small" onClick={() => setSearching(true)}>
              Change source
            </Button>
          )}
        </div>
      )}
      {open && !readOnly && (
        <>
          <input
            id={inputId}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits[active] ? `${listId}-${hits[active].id}` : undefined}
            aria-autocomplete="list"
            placeholder="Title, author, year, ISBN, DOI, publisher, call number or #id"
            value={query}
            autoFocus={searching}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" className="source-picker__hits" aria-label="Sources found">
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={`${listId}-${hit.id}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault()
                  choose(hit)
                }}
              >
                <HitText hit={hit} />
              </li>
            ))}
          </ul>
          {query.trim() && hits.length === 0 && <p className="source-picker__none">No source matches “{query}”.</p>}
          <Button buttonStyle="secondary" size="small" onClick={openDrawer}>
            New source…
          </Button>
          <SourceDrawer
            onSave={({ doc }) => {
              // Shown as the picker reads it back, like any other hit.
              setValue(doc.id as number)
              setSearching(false)
              setQuery('')
              closeDrawer()
            }}
          />
        </>
      )}
    </div>
  )
}

/** The citation row's source field: the chooser bound to the form. */
export const SourcePicker: RelationshipFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<number | null>({ path })
  const inputId = `field-${path.replace(/\./g, '__')}`
  return (
    <SourceChooser
      inputId={inputId}
      relationTo={field.relationTo as string}
      value={value}
      setValue={setValue}
      readOnly={readOnly}
      showError={showError}
      label={
        <>
          <FieldLabel htmlFor={inputId} label={field.label || 'Source'} required={field.required} />
          <FieldError path={path} showError={showError} />
        </>
      }
    />
  )
}
