import { relationId } from '@itinera/contracts/relation-id'
import { REVIEWED_RECORD } from '@itinera/contracts/domain'
import type { TWorkflowAction } from '@itinera/contracts/workflow'
import type { PayloadRequest } from 'payload'
import type { Source, Trip } from '../payload-types'
import { REVIEW_EVENTS, USERS, type TReviewedCollection } from '../slugs'
import { WorkflowError } from './workflowError'

const DID: Record<TWorkflowAction, string> = {
  edit: 'saved it',
  submit: 'submitted it for review',
  withdraw: 'withdrew it from review',
  approve: 'approved it',
  request_changes: 'requested changes to it',
  request_retraction: 'requested its retraction',
  retract: 'retracted it',
  cancel_retraction: 'cancelled its retraction',
}

const WHAT_NOW: Record<TWorkflowAction, (noun: string) => string> = {
  edit: (noun) => `Your changes were not saved: reload the ${noun} and apply them again.`,
  submit: () => 'Nothing was submitted: reload it and check the current version first.',
  withdraw: () => 'Nothing was withdrawn: reload it and check the current version first.',
  approve: () => 'Nothing was decided: reload it and review the current version.',
  request_changes: () => 'Nothing was decided: reload it and review the current version.',
  request_retraction: () => 'Nothing was requested: reload it and check the current version first.',
  retract: () => 'Nothing was retracted: reload it and review the current version.',
  cancel_retraction: () => 'Nothing was cancelled: reload it and check the current version first.',
}

type TStoredRecord = Pick<Trip | Source, 'id' | 'updatedAt' | 'editedBy'>

const inUtc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`

/**
 * Who changed the record last, how and when: the last workflow step if nothing was saved after
 * it, otherwise the version's latest editor (enforceWorkflowOnSave keeps them last in `editedBy`).
 */
async function lastChange(req: PayloadRequest, collection: TReviewedCollection, record: TStoredRecord) {
  const { payload } = req
  const [event] = (
    await payload.find({
      collection: REVIEW_EVENTS,
      where: { collection: { equals: collection }, documentId: { equals: record.id } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs
  const step = event && new Date(event.createdAt) >= new Date(record.updatedAt) ? event : undefined
  const actorId = relationId(step ? step.actor : (record.editedBy ?? []).at(-1))
  const [actor] =
    actorId == null
      ? []
      : (
          await payload.find({
            collection: USERS,
            where: { id: { equals: actorId } },
            select: { name: true },
            limit: 1,
            depth: 0,
            req,
            overrideAccess: true,
          })
        ).docs
  return `${actor?.name || 'Someone'} ${DID[step?.action ?? 'edit']} at ${inUtc(record.updatedAt)}`
}

/**
 * The refusal of a save or workflow step made on a version that is no longer the latest: a 409
 * that says what changed since, by whom and when, and what to do now.
 */
export async function staleVersionError(
  req: PayloadRequest,
  collection: TReviewedCollection,
  latest: TStoredRecord,
  attempted: TWorkflowAction,
) {
  const { noun } = REVIEWED_RECORD[collection]
  const change = await lastChange(req, collection, latest)
  return new WorkflowError(
    'stale_version',
    `This ${noun} changed after you loaded it: ${change}. ${WHAT_NOW[attempted](noun)}`,
  )
}
