'use client'
import type { TReviewedCollection } from '@itinera/contracts/domain'
import { formatLocator, LOCATOR_PARTS } from '@itinera/contracts/locator'
import { relationId } from '@itinera/contracts/relation-id'
import {
  Button,
  ErrorPill,
  FieldDescription,
  FieldError,
  FieldLabel,
  RenderFields,
  useDocumentInfo,
  useField,
  useForm,
  useFormFields,
  useFormSubmitted,
  useTranslation,
} from '@payloadcms/ui'
import type { ArrayFieldClientComponent, ArrayFieldValidation, ClientField, Validate } from 'payload'
import {
  memo,
  type ComponentProps,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { citationRows } from './citationRows'
import { factLabelIn } from './factLabelIn'
import { sourceHit } from './sourceHits'

/**
 * Up to this many citations, every row opens with its fields, as most records' few citations are
 * edited in place; past it (a multi-country tour cites over a hundred times) rows open one by one.
 */
export const OPEN_CITATIONS_UP_TO = 20

/**
 * A citation as one line, "04 · Stop 2: meeting 1 — Ciphered telegram, p. 4": read from its own fields
 * only, so a key typed elsewhere in a large record renders none of these lines again.
 */
const CitationSummary = memo(function CitationSummary({ path, number }: { path: string; number: number }) {
  const collection = useDocumentInfo().collectionSlug as TReviewedCollection
  const fact = useFormFields(([fields]) => fields[`${path}.fact`]?.value) as string | undefined
  const factLabel = useFormFields(([fields]) => (fact ? factLabelIn(collection, fields, fact) : undefined))
  const sourceId = relationId(
    useFormFields(([fields]) => fields[`${path}.source`]?.value) as number | { id: number } | null,
  )
  // The locator's parts joined, so the line renders again only when the locator itself changes.
  const locatorKey = useFormFields(([fields]) =>
    JSON.stringify(LOCATOR_PARTS.map((part) => fields[`${path}.locator.${part}`]?.value ?? null)),
  )
  const [title, setTitle] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    if (sourceId) void sourceHit(sourceId).then((hit) => current && setTitle(hit?.title ?? null))
    return () => {
      current = false
    }
  }, [sourceId])
  const parts = JSON.parse(locatorKey) as (string | null)[]
  const locator = formatLocator(Object.fromEntries(LOCATOR_PARTS.map((part, index) => [part, parts[index]])))
  const what = factLabel ?? (fact ? `${fact} (no longer on this record)` : 'No fact chosen')
  const where = sourceId ? [title ?? `source #${sourceId}`, locator].filter(Boolean).join(', ') : 'no source yet'
  return (
    <span className="citation-row-label">
      {String(number).padStart(2, '0')} · {what} — {where}
    </span>
  )
})

const CHECK_FIELD = 'checkedAgainstSource'

type TRowPermissions = ComponentProps<typeof RenderFields>['permissions']
const NO_PERMISSIONS: TRowPermissions = {}

/** One citation: its line (number, summary, the reviewer's check mark, remove) and, when open, its fields. */
const CitationRow = memo(function CitationRow({
  path,
  index,
  isOpen,
  isLoading,
  errors,
  locked,
  fields,
  schemaPath,
  permissions,
  onToggle,
  onRemove,
}: {
  path: string
  index: number
  isOpen: boolean
  isLoading: boolean
  errors: number
  locked: boolean
  fields: ClientField[]
  schemaPath: string
  permissions: TRowPermissions
  onToggle: (index: number) => void
  onRemove: (index: number) => void
}) {
  const { i18n } = useTranslation()
  const rowPath = `${path}.${index}`
  // Rendered by the server into the form state (CitationCheck), shown on the line whether open or not.
  const check = useFormFields(([state]) => state[`${rowPath}.${CHECK_FIELD}`]?.customComponents?.Field)
  return (
    <li id={`${path}-row-${index}`} className={`citation-row${isOpen ? ' citation-row--open' : ''}`}>
      <div className="citation-row__line">
        <button
          type="button"
          className="citation-row__toggle"
          aria-expanded={isOpen}
          aria-controls={`${path}-row-${index}-fields`}
          onClick={() => onToggle(index)}
        >
          <CitationSummary path={rowPath} number={index + 1} />
        </button>
        {errors > 0 && <ErrorPill count={errors} i18n={i18n} withMessage />}
        {check}
        {!locked && (
          <button
            type="button"
            className="citation-row__remove"
            aria-label={`Remove citation ${index + 1}`}
            onClick={() => onRemove(index)}
          >
            Remove
          </button>
        )}
      </div>
      {isOpen && (
        <div className="citation-row__fields" id={`${path}-row-${index}-fields`}>
          {isLoading ? (
            <p className="citation-row__loading">Loading…</p>
          ) : (
            <RenderFields
              fields={fields}
              forceRender
              margins="small"
              parentIndexPath=""
              parentPath={rowPath}
              parentSchemaPath={schemaPath}
              permissions={permissions}
              readOnly={locked}
            />
          )}
        </div>
      )}
    </li>
  )
})

/**
 * A record's citations as a numbered list, one line each, a row's fields mounted only while it is
 * open. Payload's array field mounts every row's fields, collapsed or not, and every row label
 * reads the whole form on each key (payloadcms/payload#18182): on a trip with 136 citations that
 * was ~1,000 inputs and over half a second a key. The reviewer's check mark stays on the line, so
 * checking citations needs no row opened. New rows, and rows with errors after a save, open.
 * Payload's row actions (reorder, duplicate, copy, paste) are not offered: a citation is added for
 * its fact, from the fact's Cite or from Cite facts….
 */
export const CitationsField: ArrayFieldClientComponent = (props) => {
  const { field, path: pathFromProps, permissions, readOnly, schemaPath: schemaPathFromProps, validate } = props
  const schemaPath = schemaPathFromProps ?? field.name
  const { t } = useTranslation()
  const { addFieldRow, removeFieldRow } = useForm()
  const submitted = useFormSubmitted()
  // As Payload's array field calls its validation: with the field's row limits.
  const { maxRows, minRows, required } = field
  const validateRows = useCallback<Validate>(
    (value, options) =>
      validate?.(
        value as unknown[],
        { ...options, maxRows, minRows, required } as Parameters<ArrayFieldValidation>[1],
      ) ?? true,
    [validate, maxRows, minRows, required],
  )
  const {
    disabled,
    errorPaths = [],
    path,
    rows = [],
    showError,
  } = useField({ hasRows: true, potentiallyStalePath: pathFromProps, validate: validateRows })
  const locked = Boolean(readOnly || disabled)
  // The row's fields but the check mark, which its line shows.
  const rowFields = useMemo(
    () => field.fields.filter((sub) => !('name' in sub && sub.name === CHECK_FIELD)),
    [field.fields],
  )
  // As Payload's array rows have them; a row's field without a permission is not shown (denied by default).
  const rowPermissions: TRowPermissions = permissions === true ? true : (permissions?.fields ?? NO_PERMISSIONS)
  const list = useRef<HTMLOListElement>(null)
  const titleId = useId()

  // Opened rows by id; rows that appear after the first render (added ones) open too.
  const seen = useRef<Set<string> | null>(null)
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(rows.length <= OPEN_CITATIONS_UP_TO ? rows.map((row) => row.id) : []),
  )
  const openRows = useCallback(
    (ids: string[]) =>
      setOpen((current) => (ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids]))),
    [],
  )
  useEffect(() => {
    if (!seen.current) {
      seen.current = new Set(rows.map((row) => row.id))
      return
    }
    const added = rows.filter((row) => !seen.current!.has(row.id)).map((row) => row.id)
    added.forEach((id) => seen.current!.add(id))
    if (added.length) openRows(added)
  }, [rows, openRows])
  // Rows with errors after a save open, and stay open once mended (the fields being typed in).
  useEffect(() => {
    if (!submitted || !errorPaths.length) return
    openRows(
      rows.filter((_, index) => errorPaths.some((error) => error.startsWith(`${path}.${index}.`))).map((row) => row.id),
    )
  }, [submitted, errorPaths, rows, path, openRows])

  // Where focus goes once the rows have rendered: a row's first field (asked for by its fact's
  // badge), or after a removal the line now in the removed one's place (else "Add Citation").
  const [focusTarget, setFocusTarget] = useState<{ index: number; on: 'fields' | 'line' } | null>(null)
  useLayoutEffect(() => {
    if (!focusTarget) return
    const row = list.current?.children.item(focusTarget.index)
    if (focusTarget.on === 'line') {
      const next = row?.querySelector<HTMLElement>('.citation-row__toggle')
      ;(next ?? list.current?.parentElement?.querySelector<HTMLElement>('.array-field__add-row'))?.focus()
      setFocusTarget(null)
      return
    }
    const input = row?.querySelector<HTMLElement>('.citation-row__fields :is(input, select, textarea)')
    if (!input) return // its fields are not there yet: again when they are
    row!.scrollIntoView({ block: 'center' })
    input.focus({ preventScroll: true })
    setFocusTarget(null)
  }, [focusTarget, open, rows])

  // A fact's citation badge asks for its row: each request is handled once, and one made before
  // this list was shown (another record's) is not for it.
  const shown = useSyncExternalStore(citationRows.subscribe, citationRows.current, () => null)
  const handled = useRef(shown)
  useEffect(() => {
    if (!shown || shown === handled.current) return
    handled.current = shown
    const id = rows[shown.index]?.id
    if (!id) return
    openRows([id])
    setFocusTarget({ index: shown.index, on: 'fields' })
  }, [shown, rows, openRows])

  // Stable across renders, so a row's line renders again only when its own props change.
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const onToggle = useCallback((index: number) => {
    const id = rowsRef.current[index]?.id
    if (!id) return
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])
  const onRemove = useCallback(
    (index: number) => {
      removeFieldRow({ path, rowIndex: index })
      setFocusTarget({ index, on: 'line' })
    },
    [removeFieldRow, path],
  )
  const errorsOf = (index: number) =>
    submitted ? errorPaths.filter((error) => error.startsWith(`${path}.${index}.`)).length : 0

  return (
    <div className={`field-type citations-field${showError ? ' error' : ''}`} id={`field-${path.replace(/\./g, '__')}`}>
      <header className="citations-field__header">
        <h3 className="citations-field__title" id={titleId}>
          <FieldLabel as="span" label={field.label || 'Citations'} path={path} /> ({rows.length})
        </h3>
        {rows.length > OPEN_CITATIONS_UP_TO && (
          <span className="citations-field__all">
            <button type="button" onClick={() => setOpen(new Set(rows.map((row) => row.id)))}>
              Open all
            </button>
            <button type="button" onClick={() => setOpen(new Set())}>
              Close all
            </button>
          </span>
        )}
        <FieldDescription description={field.admin?.description} path={path} />
        <FieldError path={path} showError={showError} />
      </header>
      {/* role: a list without markers is no list to some screen readers. */}
      <ol className="citations-field__rows" ref={list} role="list" aria-labelledby={titleId}>
        {rows.map((row, index) => {
          const errors = errorsOf(index)
          return (
            <CitationRow
              key={row.id}
              path={path}
              index={index}
              isOpen={open.has(row.id)}
              isLoading={Boolean(row.isLoading)}
              errors={errors}
              locked={locked}
              fields={rowFields}
              schemaPath={schemaPath}
              permissions={rowPermissions}
              onToggle={onToggle}
              onRemove={onRemove}
            />
          )
        })}
      </ol>
      {!locked && (
        <Button
          buttonStyle="icon-label"
          className="array-field__add-row"
          icon="plus"
          iconPosition="left"
          iconStyle="with-border"
          onClick={() => addFieldRow({ path, rowIndex: rows.length, schemaPath })}
        >
          {t('fields:addLabel', { label: 'Citation' })}
        </Button>
      )}
    </div>
  )
}
