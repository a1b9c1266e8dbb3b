'use client'
import type { TCitingCollection } from '@itinera/contracts/domain'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { TCheck } from '../workflow/citationChecks'

// In UTC, as the reader dates checks: the same on the server's render and in the browser.
const when = (iso: string) =>
  `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`

/**
 * The reviewer's "Checked against the source" mark on one citation, with a note; saved at once
 * (POST /api/check-citation), and the Review panel's readiness list refreshed.
 */
export function CitationCheckToggle({
  collection,
  recordId,
  citation,
  changed,
  inReview,
  mayCheck,
  initial,
}: {
  collection: TCitingCollection
  recordId: number
  citation: string
  changed: boolean
  inReview: boolean
  mayCheck: boolean
  initial: TCheck | null
}) {
  const router = useRouter()
  const [check, setCheck] = useState(initial)
  // Ticked at once, as a checkbox is; undone if the server refuses.
  const [ticked, setTicked] = useState(Boolean(initial))
  const [note, setNote] = useState(initial?.note ?? '')
  const [busy, setBusy] = useState(false)
  // Server-rendered controls do nothing until hydrated (a click would be lost); disabled till then.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function save(checked: boolean) {
    setTicked(checked)
    setBusy(true)
    try {
      const response = await fetch('/api/check-citation', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ collection, id: recordId, citation, checked, note: note.trim() || null }),
      })
      const body = (await response.json().catch(() => null)) as {
        citations?: { citation: string; check: TCheck | null }[]
        errors?: { message: string }[]
      } | null
      if (!response.ok) {
        setTicked(Boolean(check))
        toast.error(body?.errors?.[0]?.message ?? `Not saved (${response.status})`)
        return
      }
      setCheck(body?.citations?.find((row) => row.citation === citation)?.check ?? null)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const said = check && (
    <span data-testid="citation-check-status">
      Checked against the source by {check.checkedByName} on {when(check.checkedAt)}
      {check.note && <> — {check.note}</>}
    </span>
  )
  if (!(inReview && mayCheck))
    return (
      <p className="field-description citation-check">
        {said || (changed && inReview ? 'Not yet checked against the source by a reviewer.' : null)}
      </p>
    )
  return (
    <div className="citation-check" style={{ margin: '0.5rem 0' }}>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <input
          type="checkbox"
          checked={ticked}
          disabled={busy || !ready}
          onChange={(event) => save(event.target.checked)}
        />
        Checked against the source
      </label>
      <input
        type="text"
        aria-label="Check note"
        placeholder='Note, e.g. "quote matches p. 95"'
        maxLength={500}
        value={note}
        disabled={busy || !ready}
        onChange={(event) => setNote(event.target.value)}
        onBlur={() => check && note.trim() !== (check.note ?? '') && save(true)}
        style={{ width: '100%', marginTop: '0.25rem' }}
      />
      {said && <p className="field-description">{said}</p>}
    </div>
  )
}
