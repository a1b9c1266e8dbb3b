import type { TCitationChecksPort, TPublicCheck } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'
import { TRIPS } from '../slugs'
import { citationHash } from '../workflow/contentHash'

/**
 * The checks of public trips' citations, in one query joined with the reviewers' accounts: a
 * check matches a citation by its content's hash (workflow/citationChecks.ts), the latest one
 * counts, and it names the reviewer only when they chose to be named (`nameOnPublicChecks`).
 */
export const publicCitationChecks = (payload: Payload): TCitationChecksPort => ({
  async ofTrips(trips) {
    const byKey = new Map<string, TPublicCheck>()
    const citations = trips.flatMap((trip) =>
      trip.citations.map((citation) => ({ trip: trip.id, id: citation.id, hash: citationHash(citation) })),
    )
    if (!citations.length) return byKey
    const rows = await rawSql<{
      record_id: string
      citation_hash: string
      checked_at: Date | string
      checked_by: string | null
    }>(
      payload,
      sql`SELECT c.record_id, c.citation_hash, c.checked_at, CASE WHEN u.name_on_public_checks THEN u.name END AS checked_by
        FROM citation_checks c LEFT JOIN users u ON u.id = c.checked_by_id
        WHERE c.collection = ${TRIPS}
          AND c.record_id IN (${sql.join(
            [...new Set(citations.map((citation) => citation.trip))].map((id) => sql`${id}`),
            sql`, `,
          )})
          AND c.citation_hash IN (${sql.join(
            [...new Set(citations.map((citation) => citation.hash))].map((hash) => sql`${hash}`),
            sql`, `,
          )})
        ORDER BY c.checked_at`,
    )
    const checks = new Map(
      rows.map((row) => [
        `${Number(row.record_id)} ${row.citation_hash}`,
        { checkedOn: new Date(row.checked_at).toISOString(), checkedBy: row.checked_by },
      ]),
    )
    for (const citation of citations) {
      const check = checks.get(`${citation.trip} ${citation.hash}`)
      if (check) byKey.set(`${citation.trip} ${citation.id}`, check)
    }
    return byKey
  },
})
