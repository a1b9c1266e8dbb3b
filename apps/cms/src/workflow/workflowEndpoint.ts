import { ZWorkflowActionSchema } from '@itinera/contracts/workflow'
import { APIError, type Endpoint } from 'payload'
import { transitionRecord, type TReviewedCollection } from './transitionRecord'

/**
 * REST face of the workflow: POST /api/<collection>/:id/workflow/<submit|withdraw|approve|request_changes>
 * with an optional JSON body { "comment": "…" }. Same rules as tRPC and the admin.
 */
export function workflowEndpoint(collection: TReviewedCollection): Endpoint {
  return {
    path: '/:id/workflow/:action',
    method: 'post',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      const action = ZWorkflowActionSchema.exclude(['edit']).safeParse(req.routeParams?.action)
      if (!Number.isInteger(id) || id <= 0) throw new APIError('The record id must be a positive integer.', 400, null, true)
      if (!action.success) throw new APIError('Unknown workflow step: use submit, withdraw, approve or request_changes.', 400, null, true)
      const body = req.json ? ((await req.json().catch(() => ({}))) as { comment?: unknown }) : {}
      const comment = typeof body.comment === 'string' ? body.comment : undefined
      const doc = await transitionRecord(req.payload, { collection, id, action: action.data, user: req.user, comment })
      return Response.json({ id: doc.id, reviewState: doc.reviewState })
    },
  }
}
