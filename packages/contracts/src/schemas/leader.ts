import { z } from 'zod'
import { NUL_MESSAGE, withoutNul } from './storable'

export const ZSlugSchema = z
  .string()
  .min(1, 'Required')
  .max(80, 'At most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens only, e.g. "kim-il-sung"')

/** A leader as the public reader sees it (whitelisted fields only). */
export const ZLeaderSchema = z.object({
  id: z.number().int(),
  slug: ZSlugSchema,
  name: z.string(),
  nativeName: z.string().nullable(),
})
export type TLeader = z.infer<typeof ZLeaderSchema>

export const ZListLeadersResponseSchema = z.object({
  leaders: z.array(ZLeaderSchema),
  total: z.number().int().nonnegative(),
})
export type TListLeadersResponse = z.infer<typeof ZListLeadersResponseSchema>

export const ZCreateLeaderRequestSchema = z.object({
  slug: ZSlugSchema,
  name: z.string().trim().min(1, 'Required').max(200, 'At most 200 characters').refine(withoutNul, NUL_MESSAGE),
  nativeName: z.string().trim().max(200, 'At most 200 characters').refine(withoutNul, NUL_MESSAGE).optional(),
})
export type TCreateLeaderRequest = z.infer<typeof ZCreateLeaderRequestSchema>
