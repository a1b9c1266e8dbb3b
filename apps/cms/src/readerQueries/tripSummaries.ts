import type { TShownTripRow } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'
import { dateParts, isoTime, rows } from './jsonSql'

/**
 * What a trip list shows of each of `ids` (a page `pageOfShownTrips` found), in their order, in one
 * statement: the trip's own columns, its leader and its stops' countries as links when an
 * anonymous reader may read them (`_status = 'published'`, as Payload's `publishedOrStaff` read
 * access for someone signed out), its stops' dates. Payload's find read the same at depth 1 in
 * five queries, with its hooks run for every field of every trip: ~0.5 ms a trip of the CMS's time.
 */
export async function tripSummaries(payload: Payload, ids: number[]): Promise<TShownTripRow[]> {
  if (!ids.length) return []
  const link = (table: string, id: string) =>
    sql.raw(`(SELECT json_build_object('slug', r.slug, 'name', r.name) FROM ${table} r
      WHERE r.id = ${id} AND r._status = 'published')`)
  const found = await rawSql<{ row: TShownTripRow }>(
    payload,
    sql`SELECT json_build_object(
        'id', t.id, 'slug', t.slug, 'title', t.title, 'kind', t.kind, 'certainty', t.certainty,
        'startsOn', ${isoTime('t.starts_on')}, 'endsOn', ${isoTime('t.ends_on')}, 'approvedAt', ${isoTime('t.approved_at')},
        'leader', ${link('leaders', 't.leader_id')},
        'stops', ${rows(sql`SELECT json_build_object(
            'polity', ${link('polities', 's.polity_id')}, 'start', ${dateParts('s', 'start')}, 'end', ${dateParts('s', 'end')}
          ) AS row FROM trips_stops s WHERE s._parent_id = t.id ORDER BY s._order`)}
      ) AS row
      FROM unnest(ARRAY[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::integer[]) WITH ORDINALITY AS wanted(id, position)
      JOIN trips t ON t.id = wanted.id AND t._status = 'published'
      ORDER BY wanted.position`,
  )
  return found.map((found) => found.row)
}
