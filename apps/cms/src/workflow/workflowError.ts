import type { TTransitionRefusal } from '@itinera/contracts/workflow'
import { APIError } from 'payload'

const STATUS: Record<TTransitionRefusal | 'not_ready', number> = {
  not_signed_in: 401,
  role: 403,
  four_eyes: 403,
  state: 409,
  not_ready: 409,
  comment_required: 400,
}

/** A refused workflow step, with the HTTP status every API reports it as. */
export class WorkflowError extends APIError {
  constructor(
    readonly reason: TTransitionRefusal | 'not_ready',
    message: string,
  ) {
    // Keeps the name APIError: Payload logs client errors of that name at info level.
    super(message, STATUS[reason], { reason }, true)
  }
}
