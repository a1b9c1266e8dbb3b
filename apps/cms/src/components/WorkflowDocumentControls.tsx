'use client'
import { reviewStatusLabel, type TWorkflowState } from '@itinera/contracts/workflow'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

/*
 * Payload's document controls that the workflow refuses are left out of reviewed collections:
 * publishing is approval, unpublishing is a retraction, and "revert to published" would write the
 * public version back over the main document; all three are steps of the Review panel instead.
 */

/** In place of Payload's Publish and Unpublish buttons. */
export function NoPayloadPublishing() {
  return null
}

/**
 * The record's one status label, in place of Payload's draft/published status (and its "Revert
 * to published" action): the review state in words. The Review panel and the sidebar show no
 * other, so the screen never names the state twice, or two ways.
 */
export function ReviewStatus() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const reviewState = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as TWorkflowState
  if (!id) return null
  return (
    <div className="status review-status" data-state={reviewState}>
      <span className="status__value" data-testid="review-state">
        {reviewStatusLabel(reviewState, hasPublishedDoc)}
      </span>
    </div>
  )
}
