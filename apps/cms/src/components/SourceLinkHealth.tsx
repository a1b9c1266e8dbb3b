import { LINK_HEALTH_LABELS } from '@itinera/contracts/link-health'
import { ROLES, hasRole } from '@itinera/contracts/roles'
import type { UIFieldServerProps } from 'payload'
import { LINK_CHECKS } from '../slugs'
import { AcceptArchiveButton } from './AcceptArchiveButton'
import { dateTimeWords } from './reviewEventWords'

// The latest few: the whole history is the Link checks list, filtered by source.
const SHOWN = 10

/**
 * On a source's page, for staff: its latest link checks, newest first, and the archived copy the
 * latest check of its web address proposed, which an editor may accept as a draft edit.
 */
export async function SourceLinkHealth({ id, payload, req }: UIFieldServerProps) {
  const user = req.user
  if (id === undefined || !hasRole(user, ...ROLES)) return null
  const { docs: checks, totalDocs } = await payload.find({
    collection: LINK_CHECKS,
    where: { source: { equals: id } },
    sort: '-checkedAt',
    limit: SHOWN,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const proposal = checks.find((check) => check.target === 'url')
  return (
    <div className="field-type source-link-health" role="group" aria-label="Link checks">
      <h3>Link checks</h3>
      {checks.length === 0 ? (
        <p>Not checked yet.</p>
      ) : (
        <ol>
          {checks.map((check) => (
            <li key={check.id} data-testid="link-check">
              {dateTimeWords(check.checkedAt)} — {check.target === 'archive' ? 'archived copy' : 'web address'}:{' '}
              <strong>{LINK_HEALTH_LABELS[check.health]}</strong>,{' '}
              {check.httpStatus != null ? `HTTP ${check.httpStatus}` : (check.error ?? 'no answer')}
              {check.finalUrl && check.finalUrl !== check.url ? `, ended at ${check.finalUrl}` : ''}
            </li>
          ))}
        </ol>
      )}
      {totalDocs > checks.length && (
        <p>
          <a href={`/admin/collections/${LINK_CHECKS}?where[source][equals]=${id}`}>All {totalDocs} checks</a>
        </p>
      )}
      {proposal?.archiveUrl && (
        <p>
          Proposed archived copy:{' '}
          <a href={proposal.archiveUrl} rel="noreferrer">
            {proposal.archiveUrl}
          </a>
          {proposal.archiveDate ? ` (${proposal.archiveDate.slice(0, 10)})` : ''}{' '}
          {hasRole(user, 'editor', 'admin') && <AcceptArchiveButton sourceId={Number(id)} />}
        </p>
      )}
    </div>
  )
}
