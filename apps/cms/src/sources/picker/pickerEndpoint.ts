import { hasRole, ROLES } from '@itinera/contracts/roles'
import type { Endpoint } from 'payload'
import { z } from 'zod'
import { findSourcesForPicker, sourceForPicker } from './findSourcesForPicker'
import { refuse, refuseInvalid } from '../../validation/refuse'

const MAX_HITS = 20

const ZPickerQuerySchema = z.union([
  z.object({ id: z.coerce.number().int().positive() }).strict(),
  z
    .object({
      q: z.string().max(200, 'at most 200 characters').default(''),
      limit: z.coerce.number().int().min(1).max(MAX_HITS).default(10),
    })
    .strict(),
])

/**
 * GET /api/source-picker?q=… (up to `limit` hits, the caller's recently cited first) or ?id=…
 * (the one a citation holds): what the citation picker lists, for staff.
 */
export const sourcePickerEndpoint: Endpoint = {
  path: '/source-picker',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in to pick a source.')
    if (!hasRole(req.user, ...ROLES)) return refuse(403, 'Picking sources is for staff.')
    const parsed = ZPickerQuerySchema.safeParse(Object.fromEntries(req.searchParams ?? []))
    if (!parsed.success) return refuseInvalid(parsed.error, 'query')
    if ('id' in parsed.data) {
      const hit = await sourceForPicker(req.payload, req.user, parsed.data.id)
      return hit ? Response.json(hit) : refuse(404, `No source ${parsed.data.id} that you may read.`)
    }
    return Response.json({ hits: await findSourcesForPicker(req.payload, req.user, parsed.data) })
  },
}
