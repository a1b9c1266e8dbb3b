'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

/*
 * Payload's document controls that the workflow refuses are left out of reviewed collections:
 * publishing is approval, unpublishing is a retraction, and "revert to published" would write the
 * public version back over the main document; all three are steps of the Review panel instead.
 */

/** In place of Payload's Publish and Unpublish buttons. */
export function NoPayloadPublishing() {
  return null
}

/** Payload's status line without its "Revert to published" action. */
export function StatusWithoutRevert() {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { t } = useTranslation()
  const status = !hasPublishedDoc
    ? t('version:draft')
    : unpublishedVersionCount > 0
      ? t('version:changed')
      : t('version:published')
  return (
    <div className="status" data-testid="document-status">
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{status}</span>
      </div>
    </div>
  )
}
