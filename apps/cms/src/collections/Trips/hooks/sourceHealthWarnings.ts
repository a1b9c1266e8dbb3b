import { sql } from '@payloadcms/db-postgres'
import { hasRole, ROLES } from '@itinera/contracts/roles'
import { sourceHealthIssues, type TLinkHealth, type TSourceHealth } from '@itinera/contracts/link-health'
import { relationId } from '@itinera/contracts/relation-id'
import type { FieldHook } from 'payload'
import type { Trip } from '../../../payload-types'
import { rawSql } from '../../../rawSql'

interface TLatestCheck extends Record<string, unknown> {
  source_id: number
  title: string
  health: TLinkHealth
  checked_at: string | Date
  drift: TSourceHealth['drift'] | null
  archive_url: string | null
  proposed: string | null
}

/**
 * The trip's warnings from its sources' latest link checks, computed when staff open one trip
 * (never in lists), so a check that changes a status shows at once, with no save of the trip.
 */
export const sourceHealthWarnings: FieldHook<Trip> = async ({ data, findMany, req }) => {
  if (findMany || !hasRole(req.user, ...ROLES) || !data?.id) return []
  const ids = [...new Set((data.citations ?? []).map((citation) => relationId(citation.source)))].filter(
    (id): id is number => id != null,
  )
  if (ids.length === 0) return []
  const rows = await rawSql<TLatestCheck>(
    req.payload,
    sql`SELECT DISTINCT ON (c.source_id) c.source_id, s.title, c.health, c.checked_at, c.drift,
          s.archive_url, c.archive_url AS proposed
        FROM link_checks c JOIN sources s ON s.id = c.source_id
        WHERE c.target = 'url' AND c.source_id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        ORDER BY c.source_id, c.checked_at DESC`,
  )
  const health = new Map<number, TSourceHealth>(
    rows.map((row) => [
      row.source_id,
      {
        title: row.title,
        health: row.health,
        checkedOn: new Date(row.checked_at).toISOString().slice(0, 10),
        drift: row.drift ?? [],
        archiveUrl: row.archive_url ?? row.proposed,
      },
    ]),
  )
  return sourceHealthIssues({ id: data.id, citations: data.citations }, health)
}
