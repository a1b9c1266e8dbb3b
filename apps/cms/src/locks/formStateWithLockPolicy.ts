import { buildFormStateHandler, type BuildFormStateResult } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs, ServerFunction } from 'payload'
import { mayUpdateRecord } from '../access/mayUpdateRecord'

/**
 * The admin's form-state server function, which takes the document's lock for whoever calls it
 * (writing it straight to the database, past the lock collection's access): it may do so only
 * for someone who may save the record (mayHoldLock's rule). Anyone else gets the form state
 * without touching the lock.
 */
export const formStateWithLockPolicy: ServerFunction<BuildFormStateArgs, Promise<BuildFormStateResult>> = async (
  args,
) => {
  const { collectionSlug, id, req, returnLockStatus } = args
  const mayLock =
    Boolean(returnLockStatus && collectionSlug && id != null) && (await mayUpdateRecord(req, collectionSlug!, id!))
  return buildFormStateHandler({ ...args, returnLockStatus: mayLock })
}
