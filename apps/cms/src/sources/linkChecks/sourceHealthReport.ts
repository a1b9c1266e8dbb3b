import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../../rawSql'

/** What the Source health view lists: an address found dead or usurped, whose quotes drifted, or never checked. */
export const SOURCE_HEALTH_STATUSES = ['dead', 'usurped', 'drifted', 'unchecked'] as const
export type TSourceHealthStatus = (typeof SOURCE_HEALTH_STATUSES)[number]

export type TSourceHealthRow = {
  id: number
  title: string
  url: string
  status: TSourceHealthStatus
  /** Distinct facts of approved trips citing the source. */
  facts: number
  checkedAt: string | null
  httpStatus: number | null
  error: string | null
  finalUrl: string | null
  proposedArchiveUrl: string | null
  proposedArchiveDate: string | null
}

export interface TSourceHealthQuery {
  status?: TSourceHealthStatus
  minFacts?: number
  limit: number
}

// Drizzle's SQL type, which the adapter re-exports only as the tag's result.
type TSql = ReturnType<typeof sql>

/**
 * The sources needing attention, from each one's latest check of its web address, the most relied
 * on first: a fact counts once however many of its citations name the source, and only on an
 * approved trip (the main table holds the approved version).
 */
export async function sourceHealthReport(
  payload: Payload,
  { status, minFacts = 0, limit }: TSourceHealthQuery,
): Promise<{ rows: TSourceHealthRow[]; total: number }> {
  const filters: TSql[] = [sql`h.status IS NOT NULL`, sql`h.facts >= ${minFacts}`]
  if (status) filters.push(sql`h.status = ${status}`)
  const rows = await rawSql<TSourceHealthRow & { total: number }>(
    payload,
    sql`WITH h AS (
          SELECT s.id, s.title, s.url, c.checked_at, c.http_status, c.error, c.final_url, c.archive_url, c.archive_date,
            CASE WHEN c.id IS NULL THEN 'unchecked'
                 WHEN c.health IN ('dead', 'usurped') THEN c.health::text
                 WHEN jsonb_array_length(coalesce(c.drift, '[]'::jsonb)) > 0 THEN 'drifted' END AS status,
            (SELECT count(DISTINCT (f._parent_id, f.fact))::int FROM trips_citations f
             JOIN trips t ON t.id = f._parent_id AND t._status = 'published'
             WHERE f.source_id = s.id) AS facts
          FROM sources s
          LEFT JOIN LATERAL (
            SELECT * FROM link_checks c WHERE c.source_id = s.id AND c.target = 'url'
            ORDER BY c.checked_at DESC, c.id DESC LIMIT 1) c ON true
          WHERE s.url IS NOT NULL)
        SELECT h.id, h.title, h.url, h.status, h.facts, h.checked_at::text AS "checkedAt", h.http_status AS "httpStatus",
          h.error, h.final_url AS "finalUrl", h.archive_url AS "proposedArchiveUrl",
          h.archive_date::text AS "proposedArchiveDate", count(*) OVER ()::int AS total
        FROM h WHERE ${sql.join(filters, sql` AND `)}
        ORDER BY h.facts DESC, h.id LIMIT ${limit}`,
  )
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 }
}
