import { isReferenceCollection, REVIEWED_RECORD } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { isEditor } from '../access/isEditor'
import { mayDeleteRecord } from '../access/mayDeleteRecord'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import type { TReviewedCollection } from '../slugs'
import { duplicateAsDraft } from './duplicateAsDraft'
import { enforceWorkflowOnSave } from './enforceWorkflowOnSave'
import { keepOperationsInWorkflow, refuseDeletingApprovedRecord } from './keepOperationsInWorkflow'
import { lockRecordBeforeUpdate } from './lockRecord'
import { noteStatedVersion, requireCurrentVersion } from './requireCurrentVersion'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * What every collection under review shares: drafts named by their title field, in the Content
 * group (reference data in the Reference group), access,
 * the workflow endpoint, no publish button (publishing is approval), and saves that are
 * workflow edits made on the latest version. `hooks` are the collection's own; its
 * `beforeChange` hooks run after the workflow's.
 */
export function reviewedCollection(
  slug: TReviewedCollection,
  defaultColumns: string[],
  hooks: NonNullable<CollectionConfig['hooks']> = {},
) {
  return {
    slug,
    admin: {
      useAsTitle: REVIEWED_RECORD[slug].titleField,
      defaultColumns,
      group: isReferenceCollection(slug) ? 'Reference' : 'Content',
      // Publishing, unpublishing and reverting are workflow steps (Review panel): Payload's controls for them are left out.
      components: {
        edit: {
          PublishButton: '/components/WorkflowDocumentControls#NoPayloadPublishing',
          UnpublishButton: '/components/WorkflowDocumentControls#NoPayloadPublishing',
          Status: '/components/WorkflowDocumentControls#ReviewStatus',
        },
        views: {
          edit: {
            // Read-only while in review, and no lock dialog for those who cannot save (ReviewedEditView).
            default: { Component: '/components/ReviewedEditView#ReviewedEditView' },
            history: {
              Component: '/components/RecordHistory#RecordHistory',
              path: '/history',
              tab: { label: 'History', href: '/history', order: 250 },
            },
          },
        },
      },
    },
    // Drafts are validated too: bad input is refused on every save, not only at approval.
    versions: { drafts: { validate: true }, maxPerDoc: 0 },
    // Someone else's open document shows as locked in the admin (Payload's default, stated).
    lockDocuments: { duration: 300 },
    // A bulk edit cannot name the version of each record it would change (requireCurrentVersion).
    disableBulkEdit: true,
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: isEditor,
      update: isEditor,
      delete: mayDeleteRecord(slug),
    },
    endpoints: [workflowEndpoint(slug)],
    hooks: {
      ...hooks,
      beforeOperation: [
        keepOperationsInWorkflow,
        duplicateAsDraft,
        lockRecordBeforeUpdate,
        noteStatedVersion,
        ...(hooks.beforeOperation ?? []),
      ],
      beforeDelete: [refuseDeletingApprovedRecord, ...(hooks.beforeDelete ?? [])],
      beforeChange: [enforceWorkflowOnSave, requireCurrentVersion, ...(hooks.beforeChange ?? [])],
    },
  } satisfies Omit<CollectionConfig, 'fields'>
}
