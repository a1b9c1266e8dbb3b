'use client'
import { relationId } from '@itinera/contracts/relation-id'
import { canTransition, WORKFLOW_ACTIONS, type TWorkflowAction, type TWorkflowState } from '@itinera/contracts/workflow'
import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { User } from '../payload-types'
import { ChangesRequestedNote } from './ChangesRequestedNote'
import { useStaffNames } from './useStaffNames'

type TStep = Exclude<TWorkflowAction, 'edit'>

const STEP_LABELS: Record<TStep, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw from review',
  approve: 'Approve and publish',
  request_changes: 'Request changes',
  request_retraction: 'Request retraction',
  retract: 'Retract (take offline)',
  cancel_retraction: 'Cancel retraction',
}

const STEPS = WORKFLOW_ACTIONS.filter((action): action is TStep => action !== 'edit')

/**
 * The workflow in the document sidebar: the steps this user may take on this version (its state
 * is the document's one status label, ReviewStatus) (the same rules the server enforces), and a comment for the reviewer's decision.
 * Each step names the version shown here, so a decision never lands on a version changed since.
 * Submitting a version with `blockers` (what keeps it from approval) asks first, listing them.
 */
export function ReviewPanel({ blockers }: { blockers: string[] }) {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { user } = useAuth<User>()
  const reviewState = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as TWorkflowState
  const editedBy = (useFormFields(([fields]) => fields.editedBy?.value) ?? []) as (number | User)[]
  const [comment, setComment] = useState('')
  const [assignee, setAssignee] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirmingSubmit, setConfirmingSubmit] = useState(false)
  // Server-rendered buttons do nothing until hydrated; keep them disabled till then.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  // Only a draft is submitted, naming its reviewer.
  const reviewerNames = useStaffNames('reviewers', Boolean(id && user) && reviewState === 'draft')

  if (!id || !user) return <p className="review-panel__hint">Save a draft first, then submit it for review.</p>
  const editedIt = editedBy.some((editor) => relationId(editor) === user.id)
  const may = (action: TStep, actorEditedVersion: boolean) =>
    canTransition({ from: reviewState, action, roles: user.roles, actorEditedVersion, comment: 'x' }).allowed
  const steps = STEPS.filter((action) => may(action, editedIt))
  const blockedByFourEyes = STEPS.some((action) => may(action, false) && !may(action, editedIt))
  const comments = steps.some((action) => action !== 'submit' && action !== 'withdraw')
  const submits = steps.includes('submit')
  // Four-eyes: the one submitting cannot review it.
  const reviewers = reviewerNames.filter((reviewer) => reviewer.id !== user.id)

  async function take(action: TStep, { anyway = false } = {}) {
    if (action === 'submit' && blockers.length && !anyway) return setConfirmingSubmit(true)
    setConfirmingSubmit(false)
    setBusy(true)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        // The version as loaded (or as last saved here), not the form's unsaved edits.
        body: JSON.stringify({
          comment,
          version: data?.updatedAt,
          assignee: action === 'submit' && assignee ? Number(assignee) : undefined,
        }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? `${STEP_LABELS[action]} failed (${response.status})`)
        return
      }
      toast.success(`${STEP_LABELS[action]}: done`)
      // The form holds the old state; reload it from the server.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="review-panel" aria-labelledby="review-panel-heading">
      <h3 id="review-panel-heading" className="review-panel__heading">
        Review
      </h3>
      {reviewState === 'changes_requested' && collectionSlug && (
        <ChangesRequestedNote collection={collectionSlug} id={id} />
      )}
      {reviewState === 'retraction_requested' && (
        <p className="review-panel__hint">
          Still public. Once retracted, its page says it was withdrawn, with the reason and the date.
        </p>
      )}
      {reviewState === 'in_review' && (
        <p className="review-panel__hint">
          The Versions tab compares this version with the published one, citations included.
        </p>
      )}
      {blockedByFourEyes && (
        <p className="review-panel__hint" data-testid="four-eyes-note">
          You wrote, edited, restored or submitted this version, so another reviewer must decide on it.
        </p>
      )}
      {comments && (
        <label className="review-panel__comment">
          Comment for the editors (required to request changes; for a retraction, the reason)
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={4} />
        </label>
      )}
      {submits && (
        <label className="review-panel__comment">
          Reviewer (optional: told by e-mail; otherwise every reviewer is)
          <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value="">Any reviewer</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {confirmingSubmit && (
        <div className="review-panel__confirm" role="alert" data-testid="submit-anyway">
          <p>A reviewer cannot approve this version until these are fixed:</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
          <div className="review-panel__actions">
            <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => take('submit', { anyway: true })}>
              Submit anyway
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setConfirmingSubmit(false)}>
              Keep editing
            </Button>
          </div>
        </div>
      )}
      <div className="review-panel__actions">
        {steps.map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'approve' ? 'primary' : 'secondary'}
            disabled={busy || !ready}
            onClick={() => take(action)}
            size="small"
          >
            {STEP_LABELS[action]}
          </Button>
        ))}
      </div>
    </section>
  )
}
