import { z } from 'zod'
import { ZWorkflowActionSchema, ZWorkflowStateSchema, type TWorkflowAction } from '../workflow'

/** The collections that go through review. */
export const ZReviewedCollectionSchema = z.enum(['trips', 'sources'])
export type TReviewedCollection = z.infer<typeof ZReviewedCollectionSchema>

export const ZRecordRefSchema = z.object({
  collection: ZReviewedCollectionSchema,
  id: z.number().int().positive(),
})

export const ZApproveRequestSchema = ZRecordRefSchema.extend({
  comment: z.string().trim().max(5000, 'At most 5000 characters').optional(),
})

export const ZRequestChangesRequestSchema = ZRecordRefSchema.extend({
  comment: z.string().trim().min(1, 'Say what needs to change').max(5000, 'At most 5000 characters'),
})

export const ZWorkflowStepResponseSchema = z.object({
  id: z.number().int(),
  reviewState: ZWorkflowStateSchema,
})
export type TWorkflowStepResponse = z.infer<typeof ZWorkflowStepResponseSchema>

export const ZReviewEventSchema = z.object({
  id: z.number().int(),
  action: ZWorkflowActionSchema,
  fromState: ZWorkflowStateSchema,
  toState: ZWorkflowStateSchema,
  /** Who acted, by name; empty for the seed dataset. */
  actor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  comment: z.string().nullable(),
  versionId: z.string().nullable(),
  createdAt: z.string(),
})
export const ZHistoryResponseSchema = z.object({ events: z.array(ZReviewEventSchema) })
export type THistoryResponse = z.infer<typeof ZHistoryResponseSchema>

/** Implemented by the host (apps/cms) with the request's user bound in. */
export interface TWorkflowPort {
  transition(args: {
    collection: TReviewedCollection
    id: number
    action: Exclude<TWorkflowAction, 'edit'>
    comment?: string
  }): Promise<TWorkflowStepResponse>
}
