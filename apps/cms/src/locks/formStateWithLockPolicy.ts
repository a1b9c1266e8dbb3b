import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { buildFormStateHandler, type BuildFormStateResult } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs, PayloadRequest, ServerFunction } from 'payload'
import { mayUpdateRecord } from '../access/mayUpdateRecord'

/** A record whose version is in review: nobody saves it until a reviewer decides (enforceWorkflowOnSave). */
async function isInReview(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  if (!(REVIEWED_COLLECTIONS as readonly string[]).includes(collection)) return false
  // The latest draft's state: a draft's save is a version, not (yet) the collection's row.
  const record = await req.payload.findByID({
    collection: collection as (typeof REVIEWED_COLLECTIONS)[number],
    id,
    draft: true,
    depth: 0,
    select: { reviewState: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return record?.reviewState === 'in_review'
}

/**
 * The admin's form-state server function, which takes the document's lock for whoever calls it
 * (writing it straight to the database, past the lock collection's access): it may do so only
 * for someone who may save the record (mayHoldLock's rule), and not while the record is in
 * review, when nobody may save it: an editor who has it open then does not stop the reviewer
 * deciding on it (ReviewedEditView). Anyone else gets the form state without touching the lock.
 */
export const formStateWithLockPolicy: ServerFunction<BuildFormStateArgs, Promise<BuildFormStateResult>> = async (
  args,
) => {
  const { collectionSlug, id, req, returnLockStatus } = args
  const mayLock =
    Boolean(returnLockStatus && collectionSlug && id != null) &&
    (await mayUpdateRecord(req, collectionSlug!, id!)) &&
    !(await isInReview(req, collectionSlug!, id!))
  return buildFormStateHandler({ ...args, returnLockStatus: mayLock })
}
