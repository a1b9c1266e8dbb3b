import { APIError, type Payload, type TypedUser } from 'payload'
import type { Source } from '../../payload-types'
import { LINK_CHECKS, SOURCES } from '../../slugs'

/**
 * An editor takes the archived copy the latest check proposed (and the status it found) into the
 * source. It is an edit like any other, with the editor's access: a draft over the approved
 * version, public only once a reviewer approves it.
 */
export async function acceptArchiveProposal(payload: Payload, sourceId: number, user: TypedUser): Promise<Source> {
  const {
    docs: [latest],
  } = await payload.find({
    collection: LINK_CHECKS,
    where: { source: { equals: sourceId }, target: { equals: 'url' } },
    sort: '-checkedAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  if (!latest?.archiveUrl) {
    throw new APIError(`archiveUrl: the latest check of source ${sourceId} proposed no archived copy`, 409)
  }
  const urlStatus = latest.health === 'dead' || latest.health === 'usurped' ? latest.health : undefined
  return payload.update({
    collection: SOURCES,
    id: sourceId,
    data: { archiveUrl: latest.archiveUrl, archiveDate: latest.archiveDate, ...(urlStatus ? { urlStatus } : {}) },
    draft: true,
    overrideAccess: false,
    user,
  })
}
