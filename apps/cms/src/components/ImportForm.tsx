'use client'
import type { TImportGuess, TImportPreviewBody } from '@itinera/contracts/schemas'
import { WORKFLOW_STATE_LABELS } from '@itinera/contracts/workflow'
import { Button } from '@payloadcms/ui'
import { useEffect, useState, type ReactNode } from 'react'
import type { TImportCreatedBody } from '../import/importAnswers'
import type { TImportJobAnswer } from '../import/importJobs'

type TFormat = 'text' | 'html' | 'csv'

/** Columns of the preview table: line, dates, country, places, people, details, refs, warnings. */
const COLUMNS = 8

/** A value the importer inferred: highlighted, with its reasons written beside it. */
function Guess({ reasons, children }: { reasons: string[]; children: ReactNode }) {
  if (!reasons.length) return <>{children}</>
  return (
    <span className="import-form__guessed">
      <mark className="import-form__guess">{children}</mark>
      <span className="import-form__guess-reason">{reasons.join('; ')}</span>
    </span>
  )
}

/** Places or people of a row, one a line, each highlighted when inferred. */
function GuessedItems({ values, reasonsOf }: { values: ReactNode[]; reasonsOf: (item: number) => string[] }) {
  if (!values.length) return null
  return (
    <ul className="import-form__items">
      {values.map((value, at) => (
        <li key={at}>
          <Guess reasons={reasonsOf(at)}>{value}</Guess>
        </li>
      ))}
    </ul>
  )
}

/** How often the form asks how a job is doing. */
const POLL_MS = 1000

const guessFormat = (name: string): TFormat => (/\.html?$/i.test(name) ? 'html' : /\.csv$/i.test(name) ? 'csv' : 'text')

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/import/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'include',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(json?.errors?.[0]?.message ?? `The server answered ${response.status}.`)
  return json as T
}

/** Starts an import job and follows it to its end: the result, or the refusal as an error. */
async function runJob<T>(
  path: 'preview' | 'create',
  body: unknown,
  onStatus: (status: TImportJobAnswer) => void,
): Promise<T> {
  const { job } = await call<{ job: string }>(path, body)
  for (;;) {
    const status = await call<TImportJobAnswer>(`jobs/${job}`)
    onStatus(status)
    if (status.state === 'succeeded') return status.result as T
    if (status.state === 'failed')
      throw new Error(status.failure?.errors[0]?.message ?? `The import failed (${status.failure?.status}).`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** A job's progress in words. */
function progressText({ kind, state, progress }: TImportJobAnswer): string {
  if (state === 'queued') return 'Waiting to start…'
  if (progress.rowsParsed === null && progress.tripsTotal === null) return 'Reading the list…'
  if (progress.tripsTotal === null) return `Read ${progress.rowsParsed} rows; planning trips…`
  if (kind === 'preview' || state === 'succeeded')
    return `Planned ${progress.stopsPlanned} stops in ${progress.tripsTotal} trips${kind === 'preview' ? '; matching sources…' : ''}`
  return `Created ${progress.tripsCreated} of ${progress.tripsTotal} draft trips…`
}

/**
 * Upload or paste → preview (a table, a row per stop: its fields side by side, each value the
 * importer inferred highlighted with why, its warnings, and per trip the leader's trips already in
 * the database it repeats or overlaps; the editor decides where journeys split) → create drafts.
 * Nothing is written before the last step.
 */
export function ImportForm({ leaders }: { leaders: { slug: string; name: string }[] }) {
  const [leader, setLeader] = useState(leaders[0]?.slug ?? '')
  const [format, setFormat] = useState<TFormat>('text')
  const [text, setText] = useState('')
  const [splitBefore, setSplitBefore] = useState<number[]>([])
  const [mergeBefore, setMergeBefore] = useState<number[]>([])
  const [preview, setPreview] = useState<TImportPreviewBody | null>(null)
  const [created, setCreated] = useState<TImportCreatedBody | null>(null)
  const [job, setJob] = useState<TImportJobAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  const request = (overrides: { splitBefore?: number[]; mergeBefore?: number[] } = {}) => ({
    text,
    format,
    leader,
    splitBefore,
    mergeBefore,
    ...overrides,
  })
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
      setJob(null)
    }
  }
  const showPreview = (overrides: { splitBefore?: number[]; mergeBefore?: number[] } = {}) =>
    run(async () => {
      setCreated(null)
      setPreview(await runJob<TImportPreviewBody>('preview', request(overrides), setJob))
    })
  /** The editor's call on where a journey splits: this stop starts a trip, or joins the one before. */
  const setTripStart = (line: number, startsTrip: boolean) => {
    const overrides = {
      splitBefore: [...splitBefore.filter((l) => l !== line), ...(startsTrip ? [line] : [])],
      mergeBefore: [...mergeBefore.filter((l) => l !== line), ...(startsTrip ? [] : [line])],
    }
    setSplitBefore(overrides.splitBefore)
    setMergeBefore(overrides.mergeBefore)
    void showPreview(overrides)
  }

  const warningCount = preview?.warnings.length ?? 0
  const stops = preview?.trips.flatMap((trip) => trip.stops) ?? []
  const guessCount = stops.reduce((count, stop) => count + stop.guesses.length, 0)
  const repeatCount = preview?.trips.filter((trip) => trip.existing.length).length ?? 0
  return (
    <div className="import-form">
      <p>
        The list becomes <strong>draft</strong> trips and sources for review: nothing is published, and nothing is
        written until you create the drafts. Countries, places, people and sources that already exist are matched, not
        duplicated.
      </p>
      <div className="import-form__row">
        <label>
          Leader
          <select value={leader} onChange={(event) => setLeader(event.target.value)}>
            {leaders.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value as TFormat)}>
            <option value="text">Text (a scraped Wikipedia list)</option>
            <option value="html">HTML (a wikitable)</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <label>
          List file
          <input
            type="file"
            accept=".txt,.html,.htm,.csv,text/plain,text/html,text/csv"
            onChange={async (event) => {
              const file = event.target.files?.[0]
              if (!file) return
              setFormat(guessFormat(file.name))
              setText(await file.text())
            }}
          />
        </label>
      </div>
      <label className="import-form__paste">
        Or paste the list
        <textarea rows={10} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Button disabled={!ready || busy || !text || !leader} onClick={() => void showPreview()}>
        Preview
      </Button>
      {job && (
        <p className="import-form__progress" role="status" aria-live="polite">
          {progressText(job)}
        </p>
      )}
      {error && (
        <p className="import-form__error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section aria-label="Preview">
          <h2>
            Preview: {preview.trips.length} trips, {stops.length} stops, {preview.sources.length} sources (
            {preview.sources.filter((source) => source.matchedBy).length} already in the database), {warningCount}{' '}
            warnings, {guessCount} guesses, {repeatCount} trips that repeat or overlap trips in the database
          </h2>
          <p className="import-form__legend">
            <mark className="import-form__guess">Highlighted</mark> values were inferred, not read as written: check
            each reason. A trip that coincides with or overlaps one of the leader’s trips already in the database links
            to it.
          </p>
          <div className="import-form__table-wrap">
            <table className="import-form__table">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Country</th>
                  <th scope="col">Places</th>
                  <th scope="col">People met</th>
                  <th scope="col">Details</th>
                  <th scope="col">Refs</th>
                  <th scope="col">Warnings</th>
                </tr>
              </thead>
              {preview.trips.map((trip, tripIndex) => (
                <tbody key={tripIndex} className={`import-form__trip import-form__trip--${trip.certainty}`}>
                  <tr className="import-form__trip-head">
                    <th colSpan={COLUMNS} scope="colgroup">
                      Trip {tripIndex + 1} · {trip.certainty} · {trip.startsOn} – {trip.endsOn}
                      {trip.existing.length > 0 && (
                        <ul className="import-form__existing">
                          {trip.existing.map((other) => (
                            <li key={other.id} className={`import-form__existing--${other.kind}`}>
                              <strong>{other.kind === 'duplicate' ? 'Duplicate of' : 'Overlaps'}</strong>{' '}
                              <a href={`/admin/collections/trips/${other.id}`}>{other.title}</a> (
                              {WORKFLOW_STATE_LABELS[other.reviewState]}, {other.startsOn} – {other.endsOn})
                            </li>
                          ))}
                        </ul>
                      )}
                    </th>
                  </tr>
                  {trip.stops.map((stop, stopIndex) => {
                    const guessed = (field: TImportGuess['field'], item: number | null = null) =>
                      stop.guesses
                        .filter((guess) => guess.field === field && guess.item === item)
                        .map((guess) => guess.reason)
                    return (
                      <tr key={stop.line} className="import-form__stop" data-line={stop.line}>
                        <td>
                          {stop.line}
                          {(tripIndex > 0 || stopIndex > 0) && (
                            <label className="import-form__split">
                              <input
                                type="checkbox"
                                checked={stopIndex === 0}
                                disabled={busy}
                                onChange={(event) => setTripStart(stop.line, event.target.checked)}
                              />{' '}
                              Starts a new trip
                            </label>
                          )}
                        </td>
                        <td>
                          <Guess reasons={guessed('dates')}>{stop.dates}</Guess>
                        </td>
                        <td>
                          <Guess reasons={guessed('country')}>
                            {stop.polity ?? 'no country'}
                            {stop.polityInferred && ' (inferred)'}
                          </Guess>
                        </td>
                        <td>
                          <GuessedItems
                            reasonsOf={(at) => guessed('places', at)}
                            values={stop.places.map((place) => `${place.name}${place.isNew ? ' (new)' : ''}`)}
                          />
                        </td>
                        <td>
                          <GuessedItems
                            reasonsOf={(at) => guessed('people', at)}
                            values={stop.people.map((person) => (
                              <>
                                {person.title && <span className="import-form__title">{person.title} </span>}
                                {person.name}
                                {person.isNew && ' (new)'}
                              </>
                            ))}
                          />
                        </td>
                        <td>
                          <Guess reasons={guessed('details')}>{stop.details}</Guess>
                        </td>
                        <td>
                          {stop.refs.map((ref, at) => (
                            <Guess key={at} reasons={guessed('refs', at)}>
                              [{ref}]{' '}
                            </Guess>
                          ))}
                        </td>
                        <td>
                          {stop.warnings.length > 0 && (
                            <ul className="import-form__warnings">
                              {stop.warnings.map((warning, index) => (
                                <li key={index}>
                                  <span className="import-form__warning-code">{warning.code}</span> {warning.message}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              ))}
            </table>
          </div>
          <Button
            disabled={busy}
            onClick={() =>
              void run(async () => {
                setCreated(await runJob<TImportCreatedBody>('create', request(), setJob))
                setPreview(null)
              })
            }
          >
            Create {preview.trips.length} draft trips
          </Button>
        </section>
      )}
      {created && (
        <section aria-label="Created" aria-live="polite">
          <h2>
            Created {created.created.trips} draft trips ({created.created.stops} stops), {created.created.sources} new
            sources ({created.matched.sources} matched), {created.created.places} new places, {created.created.people}{' '}
            new people.
          </h2>
          <ul>
            {created.trips.map((trip) => (
              <li key={trip.id}>
                <a href={`/admin/collections/trips/${trip.id}`}>{trip.title}</a> (
                {trip.stops === 1 ? '1 stop' : `${trip.stops} stops`})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
