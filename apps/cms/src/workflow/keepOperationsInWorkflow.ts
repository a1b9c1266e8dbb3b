import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { REVIEW_EVENTS, type TReviewedCollection } from '../slugs'
import type { TWorkflowContext } from './enforceWorkflowOnSave'
import { WorkflowError } from './workflowError'

/*
 * Payload offers more ways to change a record than "save a draft". On a reviewed record each one
 * either goes through the workflow or is refused here, on every API (admin, REST, GraphQL, Local):
 *
 * - `autosave` and `unpublishAllLocales` make Payload update the latest version row in place
 *   (versions/saveVersion → updateLatestVersion), which may be the version an approval names;
 *   `publishAllLocales` and `publishSpecificLocale` publish. All four are refused (400).
 * - An update without `draft` would write the main (public) document: it is made a draft save,
 *   unless it is Payload's "Unpublish" (`_status: 'draft'`) of a public record, which takes the
 *   record offline and is refused (409): that is a retraction, a reviewed step of its own.
 * - A restore must be a draft restore: Payload reads `draft` before any hook could change it, and
 *   without it writes the restored version over the public document (400 otherwise).
 * - Deleting a record that was ever approved is refused (409): retract it instead (beforeDelete,
 *   which runs for a delete by id and for each record of a delete by query).
 * Trash is not enabled on reviewed collections, so there is no trash or restore-from-trash path.
 */

const REWRITING_OPTIONS = ['autosave', 'unpublishAllLocales', 'publishAllLocales', 'publishSpecificLocale'] as const

const RETRACT_INSTEAD =
  'To take it offline, request a retraction in the Review panel (with the reason); a second person retracts it.'

const trusted = (req: PayloadRequest) => {
  const context = req.context as TWorkflowContext
  return Boolean(context.workflowTransition || context.seedDataset)
}

async function isPublic(req: PayloadRequest, collection: TReviewedCollection, id: number | string) {
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    select: { _status: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (doc as { _status?: string } | null)?._status === 'published'
}

export const keepOperationsInWorkflow: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (trusted(req)) return args
  const slug = collection.slug as TReviewedCollection
  if (operation === 'restoreVersion') {
    if (!(args as { draft?: boolean }).draft)
      throw new WorkflowError(
        'unsupported_option',
        'A restore makes a new draft and leaves the public version as it is: restore as a draft (?draft=true). It is published only when a reviewer approves it.',
      )
    return args
  }
  if (operation !== 'update') return args
  const options = args as Partial<Record<(typeof REWRITING_OPTIONS)[number] | 'draft', unknown>> & {
    id?: number | string
    data?: { _status?: unknown }
  }
  const option = REWRITING_OPTIONS.find((name) => options[name])
  if (option)
    throw new WorkflowError(
      'unsupported_option',
      `${option} is refused on reviewed records: it would ${option === 'autosave' || option === 'unpublishAllLocales' ? 'rewrite a stored version in place' : 'publish without review'}. Save a draft and submit it for review.`,
    )
  if (!options.draft) {
    if (options.data?._status === 'draft' && (options.id === undefined || (await isPublic(req, slug, options.id))))
      throw new WorkflowError('retraction_required', `Unpublishing is not an edit. ${RETRACT_INSTEAD}`)
    // Every other save is an edit, which makes a draft: the public version changes only on approval.
    options.draft = true
  }
  return args
}

/** Whether the record was ever approved (its history names an approval), whatever its state now. */
async function everApproved(req: PayloadRequest, collection: TReviewedCollection, id: number | string) {
  const { totalDocs } = await req.payload.count({
    collection: REVIEW_EVENTS,
    where: { collection: { equals: collection }, documentId: { equals: Number(id) }, action: { equals: 'approve' } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** A never-approved draft may be deleted (by whom access allows); an approved record is retracted instead. */
export const refuseDeletingApprovedRecord: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (await everApproved(req, collection.slug as TReviewedCollection, id))
    throw new WorkflowError(
      'retraction_required',
      `This record was approved, so its history stays and it cannot be deleted. ${RETRACT_INSTEAD}`,
    )
}
