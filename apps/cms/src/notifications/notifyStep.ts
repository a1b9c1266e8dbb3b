import { relationId } from '@itinera/contracts/relation-id'
import type { TWorkflowAction } from '@itinera/contracts/workflow'
import type { Payload, PayloadRequest } from 'payload'
import { USERS } from '../slugs'
import type { TNotificationKind } from './kinds'
import { notify, type TNotice } from './notify'

const STEP_NOTICES: Partial<Record<TWorkflowAction, TNotificationKind>> = {
  submit: 'submitted',
  request_changes: 'changes_requested',
  approve: 'approved',
}

export interface TStepNotice extends Omit<TNotice, 'kind'> {
  action: TWorkflowAction
  actorId: number
  /** Who edited the version (its `editedBy`, the submitter included). */
  editors: number[]
  /** The reviewer the submitter named, if any. */
  assignee?: number | null
}

/**
 * In a step's transaction: a submission is told to its assignee, or without one to every
 * reviewer who may decide on it; a decision (changes requested, approval) to the version's editors.
 */
export async function notifyStep(
  payload: Payload,
  req: PayloadRequest,
  { action, actorId, editors, assignee, ...notice }: TStepNotice,
) {
  const kind = STEP_NOTICES[action]
  if (!kind) return
  const recipients = kind === 'submitted' ? (assignee ? [assignee] : await deciders(payload, editors, req)) : editors
  await notify(payload, { recipients, actorId, notice: { kind, ...notice }, req })
}

/** Reviewers and admins who did not edit the version (four-eyes: the only ones who may decide). */
async function deciders(payload: Payload, editors: number[], req: PayloadRequest) {
  const { docs } = await payload.find({
    collection: USERS,
    where: { and: [{ roles: { in: ['reviewer', 'admin'] } }, { id: { not_in: editors } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => relationId(user)!).filter((id) => id != null)
}
