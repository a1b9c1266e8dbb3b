import { z } from 'zod'
import { NUL_MESSAGE, withoutNul, ZRecordIdSchema } from './storable'
import { ZWorkflowActionSchema, ZWorkflowStateSchema, type TWorkflowAction } from '../workflow'
import { CITING_COLLECTIONS, ZReviewedCollectionSchema, type TReviewedCollection } from '../domain'

export const ZRecordRefSchema = z.object({
  collection: ZReviewedCollectionSchema,
  id: ZRecordIdSchema,
})

/**
 * A record's version as someone saw it: the `updatedAt` it was loaded with (for a record with
 * drafts, the latest draft's). Saves and review decisions name it, so that nobody overwrites,
 * approves or sends back a version they have not seen.
 */
export const ZRecordVersionSchema = z.iso.datetime({
  offset: true,
  error: (issue) =>
    issue.input === undefined
      ? 'Say which version you looked at: the record’s updatedAt as you loaded it'
      : 'A version is the record’s updatedAt as you loaded it, e.g. 2026-11-24T10:03:12.345Z',
})

/** Submit and withdraw: the version is optional; when given, it must still be the latest. */
export const ZWorkflowStepRequestSchema = ZRecordRefSchema.extend({
  version: ZRecordVersionSchema.optional(),
})

/** Submit may name the reviewer asked to decide (a user id; one who reviews and did not edit it). */
export const ZSubmitRequestSchema = ZWorkflowStepRequestSchema.extend({
  assignee: ZRecordIdSchema.optional(),
})

export const ZApproveRequestSchema = ZRecordRefSchema.extend({
  version: ZRecordVersionSchema,
  comment: z.string().trim().max(5000, 'At most 5000 characters').refine(withoutNul, NUL_MESSAGE).optional(),
})

const requiredComment = (missing: string) =>
  z.string().trim().min(1, missing).max(5000, 'At most 5000 characters').refine(withoutNul, NUL_MESSAGE)

export const ZRequestChangesRequestSchema = ZRecordRefSchema.extend({
  version: ZRecordVersionSchema,
  comment: requiredComment('Say what needs to change'),
})

/** Asks for an approved record to be taken offline; the reason is shown on its 410 page once retracted. */
export const ZRequestRetractionRequestSchema = ZWorkflowStepRequestSchema.extend({
  comment: requiredComment('Say why the record should be taken offline'),
})

/** Takes the record offline: like an approval, a decision on the version the reviewer names. */
export const ZRetractRequestSchema = ZApproveRequestSchema

/**
 * The JSON body of POST /api/<collection>/:id/workflow/<step>. The comment's rules are the
 * workflow's (required to request changes or a retraction); the version is required where the
 * step's rule says so (approve, request_changes, retract).
 */
export const ZWorkflowStepBodySchema = z.object({
  comment: z.string().refine(withoutNul, NUL_MESSAGE).nullish(),
  version: ZRecordVersionSchema.optional(),
  /** Submissions: the reviewer asked to decide (a user id), as ZSubmitRequestSchema. */
  assignee: ZRecordIdSchema.nullish(),
})
export const ZReviewDecisionBodySchema = ZWorkflowStepBodySchema.extend({ version: ZRecordVersionSchema })

/**
 * The JSON body of POST /api/check-citation: a reviewer marks one citation of a record in review
 * as checked against its source (with an optional note, e.g. "quote matches p. 95"), or unmarks it.
 */
export const ZCitationCheckBodySchema = z.object({
  collection: z.enum(CITING_COLLECTIONS, {
    error: `One of ${CITING_COLLECTIONS.join(', ')}: the records that cite sources`,
  }),
  id: ZRecordIdSchema,
  citation: z.string().min(1, 'Name the citation row (its id)').max(100, 'At most 100 characters'),
  checked: z.boolean({ error: 'true to mark the citation checked against its source, false to unmark it' }),
  note: z.string().trim().max(500, 'At most 500 characters').refine(withoutNul, NUL_MESSAGE).nullish(),
})
export type TCitationCheckBody = z.infer<typeof ZCitationCheckBodySchema>

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
  /** Approvals: the SHA-256 of the approved content, recomputable from the version named. */
  contentHash: z.string().nullish(),
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
    /** The version the actor looked at (ZRecordVersionSchema); refused when no longer the latest. */
    version?: string
    /** Submit: the reviewer asked to decide. */
    assignee?: number
  }): Promise<TWorkflowStepResponse>
}
