import { ZCitationCheckBodySchema } from '@itinera/contracts/schemas'
import type { Endpoint } from 'payload'
import { checkCitation } from './checkCitation'
import { invalidBody } from './workflowError'

/**
 * POST /api/check-citation with a JSON body { "collection": "trips", "id": 12, "citation": "<row id>",
 * "checked": true, "note": "quote matches p. 95" }: the reviewer's mark that a citation of a
 * record in review was checked against its source (`checked: false` removes it). Answers every
 * citation's state: { citations: [{ citation, fact, changed, check }] }.
 */
export const checkCitationEndpoint: Endpoint = {
  path: '/check-citation',
  method: 'post',
  handler: async (req) => {
    const json: unknown = req.json ? await req.json().catch(() => null) : null
    const body = ZCitationCheckBodySchema.safeParse(json ?? {})
    if (!body.success) throw invalidBody(body.error)
    const states = await checkCitation(req.payload, { ...body.data, user: req.user })
    return Response.json({ citations: states.map(({ hash: _hash, ...state }) => state) })
  },
}
