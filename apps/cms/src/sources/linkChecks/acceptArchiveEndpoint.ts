import { hasRole } from '@itinera/contracts/roles'
import { MAX_RECORD_ID } from '@itinera/contracts/schemas'
import type { Endpoint } from 'payload'
import { refuse } from '../../validation/refuse'
import { acceptArchiveProposal } from './acceptArchive'

/**
 * POST /api/sources/:id/accept-archive: the archived copy the source's latest check proposed,
 * saved as the editor's draft edit of the source (acceptArchive.ts), for review like any other.
 * Answers the draft's archive fields; 409 when the latest check proposed no copy.
 */
export const acceptArchiveEndpoint: Endpoint = {
  path: '/:id/accept-archive',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in to accept an archived copy.')
    if (!hasRole(req.user, 'editor', 'admin')) return refuse(403, 'Accepting an archived copy needs the editor role.')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0 || id > MAX_RECORD_ID)
      return refuse(400, `id: the source id must be a whole number from 1 to ${MAX_RECORD_ID}.`)
    const source = await acceptArchiveProposal(req.payload, id, req.user)
    return Response.json({
      id: source.id,
      archiveUrl: source.archiveUrl,
      archiveDate: source.archiveDate,
      urlStatus: source.urlStatus,
      reviewState: source.reviewState,
    })
  },
}
