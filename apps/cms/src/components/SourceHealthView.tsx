import { ROLES, hasRole } from '@itinera/contracts/roles'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { SOURCES } from '../slugs'
import {
  SOURCE_HEALTH_STATUSES,
  sourceHealthReport,
  type TSourceHealthStatus,
} from '../sources/linkChecks/sourceHealthReport'
import { dateTimeWords } from './reviewEventWords'

// Enough to act on in one sitting; the filters narrow it down.
const SHOWN = 200

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/source-health: the sources whose web address is dead, usurped, drifted from its quotes,
 * or not checked yet, each with its latest check and proposed archived copy, the sources most
 * approved facts rely on first. Staff only.
 */
export async function SourceHealthView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const allowed = hasRole(req.user ?? null, ...ROLES)
  const asked = one(searchParams?.status)
  const status = SOURCE_HEALTH_STATUSES.find((known) => known === asked) as TSourceHealthStatus | undefined
  const minFacts = Math.max(0, Math.trunc(Number(one(searchParams?.minFacts) ?? 0)) || 0)
  const { rows, total } = allowed
    ? await sourceHealthReport(req.payload, { status, minFacts, limit: SHOWN })
    : { rows: [], total: 0 }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="source-health-view">
        <h1>Source health</h1>
        {!allowed ? (
          <p>Source health is for staff.</p>
        ) : (
          <>
            <form method="get" aria-label="Filter sources">
              <label>
                Status{' '}
                <select name="status" defaultValue={status ?? ''}>
                  <option value="">any</option>
                  {SOURCE_HEALTH_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                At least <input name="minFacts" type="number" min={0} defaultValue={minFacts} /> approved facts relying
                on it
              </label>{' '}
              <button type="submit">Filter</button>
            </form>
            <p role="status">
              {total} source{total === 1 ? '' : 's'}
              {total > rows.length ? `, the ${rows.length} most relied on shown` : ''}.
            </p>
            {rows.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th>Source</th>
                    <th>Status</th>
                    <th>Approved facts</th>
                    <th>Latest check</th>
                    <th>Proposed archived copy</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} data-testid="source-health-row">
                      <td>
                        <a href={`/admin/collections/${SOURCES}/${row.id}`}>{row.title}</a>
                        <br />
                        <small>{row.url}</small>
                      </td>
                      <td>{row.status}</td>
                      <td>{row.facts}</td>
                      <td>
                        {row.checkedAt ? (
                          <>
                            {dateTimeWords(row.checkedAt)}:{' '}
                            {row.httpStatus !== null ? `HTTP ${row.httpStatus}` : (row.error ?? 'no answer')}
                            {row.finalUrl && row.finalUrl !== row.url && (
                              <>
                                <br />
                                <small>ended at {row.finalUrl}</small>
                              </>
                            )}
                          </>
                        ) : (
                          'never'
                        )}
                      </td>
                      <td>
                        {row.proposedArchiveUrl ? (
                          <>
                            <a href={row.proposedArchiveUrl} rel="noreferrer">
                              {row.proposedArchiveUrl}
                            </a>
                            {row.proposedArchiveDate && <small> ({row.proposedArchiveDate.slice(0, 10)})</small>}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
