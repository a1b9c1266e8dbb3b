import { z } from 'zod'
import { ZSlugSchema } from './leader'

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
