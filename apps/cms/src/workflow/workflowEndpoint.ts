import { MAX_RECORD_ID, ZReviewDecisionBodySchema, ZWorkflowStepBodySchema } from '@itinera/contracts/schemas'
import { TRANSITIONS, WORKFLOW_ACTIONS, ZWorkflowActionSchema } from '@itinera/contracts/workflow'
import { APIError, type Endpoint } from 'payload'
import type { TReviewedCollection } from '../slugs'
import { transitionRecord } from './transitionRecord'
import { invalidBody } from './workflowError'

const STEPS = WORKFLOW_ACTIONS.filter((action) => action !== 'edit')

/**
 * REST face of the workflow: POST /api/<collection>/:id/workflow/<step> (every workflow action but
 * `edit`: submit, withdraw, approve, request_changes, request_retraction, retract, cancel_retraction)
 * with a JSON body { "comment": "…", "version": "<the record's updatedAt as loaded>", "assignee": <reviewer's
 * user id, submit only> }; the
 * version is required where the step's rule says so (the decisions). Same rules as tRPC and the admin.
 */
export function workflowEndpoint(collection: TReviewedCollection): Endpoint {
  return {
    path: '/:id/workflow/:action',
    method: 'post',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      const action = ZWorkflowActionSchema.exclude(['edit']).safeParse(req.routeParams?.action)
      if (!Number.isInteger(id) || id <= 0 || id > MAX_RECORD_ID)
        throw new APIError(`The record id must be a whole number from 1 to ${MAX_RECORD_ID}.`, 400, null, true)
      if (!action.success) throw new APIError(`Unknown workflow step: use ${STEPS.join(', ')}.`, 400, null, true)
      const json: unknown = req.json ? await req.json().catch(() => ({})) : {}
      const schema = TRANSITIONS[action.data].versionRequired ? ZReviewDecisionBodySchema : ZWorkflowStepBodySchema
      const body = schema.safeParse(json ?? {})
      if (!body.success) throw invalidBody(body.error)
      const { comment, version, assignee } = body.data
      const doc = await transitionRecord(req.payload, {
        collection,
        id,
        action: action.data,
        user: req.user,
        comment,
        version,
        assignee,
      })
      return Response.json({ id: doc.id, reviewState: doc.reviewState })
    },
  }
}
