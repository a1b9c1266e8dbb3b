import { z } from 'zod'
import { ZSlugSchema } from './leader'
import { ZCertaintySchema } from '../domain'
import { ZWorkflowStateSchema } from '../workflow'
import { ZRecordIdSchema } from './storable'

/** Largest list accepted in one import (characters): a longer one should be split. */
export const MAX_IMPORT_TEXT = 5_000_000

const ZLineListSchema = z.array(z.number().int().positive('A line number')).max(100_000).default([])

/** What the admin sends to preview or create drafts from a trip list. */
export const ZImportRequestSchema = z.object({
  text: z
    .string()
    .min(1, 'Upload or paste a list')
    .max(MAX_IMPORT_TEXT, 'At most 5 million characters: split the list'),
  format: z.enum(['text', 'html', 'csv']),
  leader: ZSlugSchema,
  /** Lines of stops that start a new trip / join the trip before, as the editor chose in the preview. */
  splitBefore: ZLineListSchema,
  mergeBefore: ZLineListSchema,
})
export type TImportRequestBody = z.infer<typeof ZImportRequestSchema>

/** A value the importer inferred rather than read, with why ("not in the row: carried from line 4, the row above"). */
export const ZImportGuessSchema = z.object({
  field: z.enum(['dates', 'country', 'places', 'people', 'details', 'refs']),
  /** Which place, person or reference of the field; null for the whole field. */
  item: z.number().int().nonnegative().nullable(),
  reason: z.string(),
})

/** A trip of the same leader already in the database whose dates coincide with (duplicate) or overlap a planned trip. */
export const ZImportExistingTripSchema = z.object({
  kind: z.enum(['duplicate', 'overlap']),
  id: ZRecordIdSchema,
  title: z.string(),
  reviewState: ZWorkflowStateSchema,
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
})

const ZImportWarningSchema = z.object({ line: z.number().int(), code: z.string(), message: z.string() })

/** What an import preview answers: every row's parsed fields, its guesses and warnings, and the trips it may repeat. */
export const ZImportPreviewSchema = z.object({
  listTitle: z.string().nullable(),
  trips: z.array(
    z.object({
      line: z.number().int(),
      certainty: ZCertaintySchema,
      /** First and last day of the planned trip. */
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      existing: z.array(ZImportExistingTripSchema),
      stops: z.array(
        z.object({
          line: z.number().int(),
          dates: z.string(),
          polity: z.string().nullable(),
          polityInferred: z.boolean(),
          places: z.array(z.object({ name: z.string(), isNew: z.boolean() })),
          people: z.array(z.object({ name: z.string(), title: z.string().nullable(), isNew: z.boolean() })),
          details: z.string().nullable(),
          refs: z.array(z.number().int()),
          guesses: z.array(ZImportGuessSchema),
          warnings: z.array(ZImportWarningSchema.omit({ line: true })),
        }),
      ),
    }),
  ),
  sources: z.array(
    z.object({ ref: z.number().int(), kind: z.string(), title: z.string(), matchedBy: z.string().nullable() }),
  ),
  warnings: z.array(ZImportWarningSchema),
})
export type TImportPreviewBody = z.infer<typeof ZImportPreviewSchema>
export type TImportGuess = z.infer<typeof ZImportGuessSchema>
export type TImportExistingTrip = z.infer<typeof ZImportExistingTripSchema>
