import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import type { Source, Trip } from '../payload-types'
import type { TReviewedCollection } from '../slugs'
import type { TWorkflowContext } from './enforceWorkflowOnSave'
import { sameVersion, statedVersion } from './recordVersion'
import { staleVersionError } from './staleVersionError'
import { WorkflowError } from './workflowError'

/*
 * No lost edits: a save must be made on the latest version. Two editors who loaded the same
 * version both save; the second is refused (409), never silently written over the first.
 *
 * The save names the version it edited (recordVersion.statedVersion): the admin's edit form
 * sends back the `updatedAt` it loaded, API clients send it in the data or an If-Match header.
 * Users saving over REST or GraphQL must name it (428 otherwise); trusted code on the Local API
 * (seed, import, scripts) may leave it out and is checked when it names one. Workflow steps
 * check their own version (transitionRecord). A restore replaces the latest version too, so it
 * names it the same way, in an If-Match header only: the data it carries is the old version's,
 * `updatedAt` included.
 */

/** What the save named, read before Payload fills the fields it left out from the stored document. */
const named = new WeakMap<PayloadRequest, { collection: string; id: number | string; version: string | undefined }>()

/** Notes the version an update names (a 400 when it is not one), for requireCurrentVersion. */
export const noteStatedVersion: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, data } = args as { id?: number | string; data?: { updatedAt?: unknown } }
  if (operation !== 'update' || id === undefined) return args
  named.set(req, { collection: collection.slug, id, version: statedVersion(req, data ?? {}) })
  return args
}

/**
 * Runs after access control, so that only those allowed to save learn whether their version is
 * stale. `originalDoc` is the latest version, read under the row lock of lockRecordBeforeUpdate.
 */
export const requireCurrentVersion: CollectionBeforeChangeHook<Trip | Source> = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const context = req.context as TWorkflowContext
  if (operation !== 'update' || !originalDoc || context.workflowTransition) return data
  const note = named.get(req)
  named.delete(req)
  const version = context.isRestoringVersion
    ? statedVersion(req, {})
    : note?.collection === collection.slug && String(note.id) === String(originalDoc.id)
      ? note.version
      : undefined
  if (version === undefined) {
    if (req.payloadAPI === 'local') return data
    throw new WorkflowError(
      'version_required',
      context.isRestoringVersion
        ? 'Say which version the restore replaces: send the updatedAt of the latest version as you loaded it in an If-Match header, so that a newer save by someone else is not overwritten.'
        : 'Say which version you edited: send the updatedAt you loaded (in the data, or as an If-Match header), so that a newer save by someone else is not overwritten.',
    )
  }
  if (!sameVersion(version, originalDoc.updatedAt)) {
    throw await staleVersionError(req, collection.slug as TReviewedCollection, originalDoc, 'edit')
  }
  return data
}
