import type { TTransitionRefusal } from '@itinera/contracts/workflow'
import { APIError } from 'payload'
import type { ZodError } from 'zod'

type TWorkflowRefusal =
  | TTransitionRefusal
  | 'not_ready'
  /** A save or decision made on a version that is no longer the latest. */
  | 'stale_version'
  /** A save over REST or GraphQL that did not say which version it edited. */
  | 'version_required'
  /** A Payload option the workflow has no place for (it would rewrite a stored version, or publish). */
  | 'unsupported_option'
  /** Taking a public record offline (unpublish, delete) outside the reviewed retraction. */
  | 'retraction_required'
  /** A submission naming a reviewer who may not decide on it. */
  | 'assignee'

const STATUS: Record<TWorkflowRefusal, number> = {
  not_signed_in: 401,
  role: 403,
  four_eyes: 403,
  state: 409,
  not_ready: 409,
  stale_version: 409,
  version_required: 428,
  comment_required: 400,
  unsupported_option: 400,
  retraction_required: 409,
  assignee: 400,
}

/** A refused workflow step, with the HTTP status every API reports it as. */
export class WorkflowError extends APIError {
  constructor(
    readonly reason: TWorkflowRefusal,
    message: string,
  ) {
    // A 4xx status: a refusal, logged at info, not as an error (see logging.ts).
    super(message, STATUS[reason], { reason }, true)
  }
}

/** A bad JSON body: a 400 naming the first field and why, with every issue for forms and API clients. */
export function invalidBody(error: ZodError): APIError {
  const [issue] = error.issues
  return new APIError(
    `${issue?.path.join('.') || 'body'}: ${issue?.message}`,
    400,
    { issues: error.issues.map(({ path, message }) => ({ path, message })) },
    true,
  )
}
