'use client'
import { DefaultEditView, DocumentInfoProvider, useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import type { DocumentViewClientProps, FormState } from 'payload'
import { useEffect, useState } from 'react'
import { eventTime, useLatestReviewEvent } from './useLatestReviewEvent'

/**
 * The edit view of a record under review. A version in review is decided on, not edited: its
 * form is read-only for everyone (the save would be refused, 409, by enforceWorkflowOnSave), with
 * a banner saying who may act. Payload makes a form read-only only for those without update
 * access, and that access also answers the API, where the workflow's own refusal must stay: so
 * the view, not access, tells the form it cannot be saved.
 *
 * Whoever cannot save what they see is not shown Payload's "Document locked" dialog either: a
 * lock keeps others from saving, which they cannot do anyway, and a reviewer would otherwise
 * dismiss it on every visit to a record an editor has open. Their visit takes no lock
 * (formStateWithLockPolicy).
 */
export function ReviewedEditView(props: DocumentViewClientProps) {
  const info = useDocumentInfo()
  const inReview = info.data?.reviewState === 'in_review'
  const readOnlyState = useReadOnlyFormState(inReview && Boolean(info.hasSavePermission))
  if (info.hasSavePermission && !inReview) return <DefaultEditView {...props} />
  return (
    <DocumentInfoProvider
      {...info}
      initialData={info.data}
      initialState={info.hasSavePermission ? readOnlyState : info.initialState}
      hasSavePermission={false}
      isLocked={false}
      // Nobody holds a lock on what this user cannot save (Payload passes none when unlocked; its type says otherwise).
      currentEditor={undefined as never}
      BeforeFields={inReview ? <InReviewBanner /> : info.BeforeFields}
    >
      <DefaultEditView {...props} />
    </DocumentInfoProvider>
  )
}

/**
 * The form state rendered read-only, when the page's was rendered for someone who may save: custom
 * field components come rendered from the server, read-only or not, so asking the form alone
 * would leave them editable. Undefined (the form shows as loading) until it arrives.
 */
function useReadOnlyFormState(needed: boolean): FormState | undefined {
  const { id, collectionSlug, data, docPermissions, getDocPreferences } = useDocumentInfo()
  const { getFormState } = useServerFunctions()
  const [state, setState] = useState<FormState>()
  useEffect(() => {
    if (!needed || !collectionSlug) return
    const controller = new AbortController()
    void (async () => {
      const result = await getFormState({
        id,
        collectionSlug,
        data,
        docPermissions,
        docPreferences: await getDocPreferences(),
        operation: 'update',
        readOnly: true,
        renderAllFields: true,
        schemaPath: collectionSlug,
        skipValidation: true,
        signal: controller.signal,
      })
      if (result?.state) setState(result.state)
    })()
    return () => controller.abort()
    // Once per record shown: the data of a record in review does not change under it.
  }, [needed, collectionSlug, id])
  return state
}

/** Who may act on a version in review, above its read-only form. */
function InReviewBanner() {
  const { collectionSlug, id } = useDocumentInfo()
  const submission = useLatestReviewEvent(collectionSlug, id, 'submit')
  const submitter = submission?.actorName ?? 'its submitter'
  return (
    <div className="in-review-banner" role="status" data-testid="in-review-banner">
      <p>
        <strong>In review</strong>
        {submission ? ` since ${eventTime(submission)}, submitted by ${submitter}` : ''}. Only a reviewer other than{' '}
        {submitter} can approve or request changes; editors can edit again after changes are requested.
      </p>
    </div>
  )
}
