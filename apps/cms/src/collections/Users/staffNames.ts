import { hasRole, ROLES } from '@itinera/contracts/roles'
import { APIError, type Endpoint } from 'payload'
import { USERS } from '../../slugs'

/**
 * GET /api/staff-names: every staff member's id and name, for mentions; with `?reviewers`, only
 * those who may review (to assign a submission to). Staff only; no e-mail, no roles: staff may
 * read no one's account but their own (Users' access).
 */
export const staffNamesEndpoint: Endpoint = {
  path: '/staff-names',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to list staff.', 401, null, true)
    if (!hasRole(req.user, ...ROLES)) throw new APIError('Only staff may list staff.', 403, null, true)
    const reviewers = req.searchParams.has('reviewers')
    const { docs } = await req.payload.find({
      collection: USERS,
      where: { roles: { in: reviewers ? ['reviewer', 'admin'] : [...ROLES] } },
      select: { name: true },
      sort: 'name',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return Response.json({ staff: docs.map(({ id, name }) => ({ id, name })) })
  },
}
