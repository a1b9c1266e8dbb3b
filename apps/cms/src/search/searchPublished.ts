import type { TSearchHit } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'
import { CHRONOLOGICAL, shownTripGiven, WITHHELD_TRIP_IDS } from '../readerQueries/shownTrips'

// How many of the earliest trips a search walks in date order before it asks the GIN index.
// Fewer costs more than it saves: at 100,000 trips a walk of 2,000 left "beijing" to the GIN
// index, sorting all its matches (130–210 ms), while a walk of 5,000 that meets nothing costs ~15 ms.
const WALKED_TRIPS = 5000

// Which trips a reader may see, the withheld ids read once for the whole statement (`withheld`; the
// cast makes `<> ALL` compare with the array, not with the rows of a subquery).
const SHOWN_TRIP = shownTripGiven(sql`(SELECT ids FROM withheld)::integer[]`)

// Marks ts_headline puts around matches; control characters no stored text contains.
const START = '\u0001'
const STOP = '\u0002'

/** Words of the query as a prefix tsquery: "ulan bat" finds "Ulan Bator". Null when nothing searchable remains. */
export function toPrefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length
    ? words
        .slice(0, 12)
        .map((word) => `${word}:*`)
        .join(' & ')
    : null
}

/** ts_headline output into segments, so the reader renders (and escapes) text, never markup. */
export function toSegments(headline: string): TSearchHit['snippet'] {
  return headline
    .split(START)
    .flatMap((part, index) => {
      if (index === 0) return [{ text: part, match: false }]
      const [matched = '', rest = ''] = part.split(STOP)
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((segment) => segment.text)
}

/**
 * Full-text search (PostgreSQL, 'simple' configuration: names in many languages) over what a
 * reader may see: approved trips and sources, and the approved countries, places and people of
 * approved trips, each with all its alternate names. Countries, places, people and sources come first,
 * by rank; then trips in date order, matched on their stored search document (the
 * trip_search_document migration: title, summary, details and meetings, kept by triggers), snippets
 * only for the page shown.
 */
export async function searchPublished(payload: Payload, q: string, limit: number): Promise<TSearchHit[]> {
  const query = toPrefixQuery(q)
  if (!query) return []
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`
  const rows = await rawSql<Record<string, string>>(
    payload,
    sql`
    WITH q AS (SELECT to_tsquery('simple', ${query}) AS query),
    withheld AS MATERIALIZED (SELECT ${WITHHELD_TRIP_IDS} AS ids),
    -- The page of matching trips in date order, found one of two ways. First the earliest trips
    -- are walked in date order (the chronological index): a common word fills the page there, and
    -- what fills it is the true first page. Only when it does not, every match comes from the GIN
    -- index (materialized, so the planner cannot walk the date index again: a word no trip has
    -- would pass all of them) and is sorted, which costs as many rows as the word matches: a rare
    -- word's few, or the trips of one era ("tito"), which the walk would pass thousands of trips to reach.
    walked AS MATERIALIZED (
      SELECT t.id, t.slug, t.title, t.summary, t.starts_on, t.ends_on
      FROM (SELECT * FROM trips t ORDER BY ${CHRONOLOGICAL} LIMIT ${WALKED_TRIPS}) t, q
      WHERE t.search_document @@ q.query AND ${SHOWN_TRIP}
      ORDER BY ${CHRONOLOGICAL}
      LIMIT ${limit}
    ),
    matched AS MATERIALIZED (
      SELECT t.id, t.starts_on, t.ends_on FROM trips t, q
      WHERE (SELECT count(*) FROM walked) < ${limit} AND t.search_document @@ q.query AND ${SHOWN_TRIP}
    ),
    trip_hits AS (
      SELECT * FROM walked WHERE (SELECT count(*) FROM walked) = ${limit}
      UNION ALL (
        SELECT t.id, t.slug, t.title, t.summary, t.starts_on, t.ends_on
        FROM (SELECT t.id FROM matched t ORDER BY ${CHRONOLOGICAL} LIMIT ${limit}) page JOIN trips t ON t.id = page.id
        ORDER BY ${CHRONOLOGICAL}
      )
    ),
    documents AS (
      SELECT 1 AS tier, t.starts_on, t.ends_on, t.id AS trip_id, 'trip' AS type, '/trips/' || t.slug AS href, t.title,
        concat_ws(' ', t.title, t.summary, (
          SELECT string_agg(concat_ws(' ', d.text, m.title), ' ')
          FROM trips_stops s
          LEFT JOIN trips_stops_details d ON d._parent_id = s.id
          LEFT JOIN trips_stops_meetings m ON m._parent_id = s.id
          WHERE s._parent_id = t.id
        )) AS body
      FROM trip_hits t
      UNION ALL
      -- Countries (as places and people below) are matched first, then asked for a shown trip:
      -- a few lookups, never a join of every stop.
      SELECT 0, NULL, NULL, NULL, 'polity', '/countries/' || p.slug, p.name, p.body
      FROM (
        SELECT p.id, p.slug, p.name, concat_ws(' ', p.name, p.official_name,
          (SELECT string_agg(a.name, ' ') FROM polities_alternate_names a WHERE a._parent_id = p.id)) AS body
        FROM polities p WHERE p._status = 'published'
      ) p
      JOIN q ON to_tsvector('simple', p.body) @@ q.query
      WHERE EXISTS (SELECT 1 FROM trips_stops s JOIN trips t ON t.id = s._parent_id WHERE s.polity_id = p.id AND ${SHOWN_TRIP})
      UNION ALL
      SELECT 0, NULL, NULL, NULL, 'place', '/countries/' || p.slug, pl.name || ' (' || p.name || ')',
        concat_ws(' ', pl.name, (SELECT string_agg(a.name, ' ') FROM places_alternate_names a WHERE a._parent_id = pl.id))
      FROM places pl JOIN polities p ON p.id = pl.polity_id
      WHERE pl._status = 'published' AND p._status = 'published'
        AND EXISTS (SELECT 1 FROM trips_rels r JOIN trips t ON t.id = r.parent_id WHERE r.places_id = pl.id AND ${SHOWN_TRIP})
      UNION ALL
      -- A matching person links to the first trip that meets them, sorted over their own meetings
      -- (an index walk in trip order would pass every trip before it); found only for the people
      -- the query matches, and none for a person no shown trip meets. Each meeting's trip is
      -- looked up by key (a join would hash every stop: 100 ms at 100,000 trips).
      SELECT 0, NULL, NULL, NULL, 'person', '/trips/' || first.slug, pe.name, pe.body
      FROM (
        SELECT pe.id, pe.name, concat_ws(' ', pe.name, pe.native_name,
          (SELECT string_agg(a.name, ' ') FROM people_alternate_names a WHERE a._parent_id = pe.id)) AS body
        FROM people pe WHERE pe._status = 'published'
      ) pe
      JOIN q ON to_tsvector('simple', pe.body) @@ q.query
      CROSS JOIN LATERAL (
        SELECT (array_agg(t.slug ORDER BY ${CHRONOLOGICAL}))[1] AS slug FROM trips_stops_meetings m,
        LATERAL (
          SELECT t.slug, t.starts_on, t.ends_on, t.id FROM trips_stops s JOIN trips t ON t.id = s._parent_id
          WHERE s.id = m._parent_id AND ${SHOWN_TRIP} LIMIT 1
        ) t
        WHERE m.person_id = pe.id
      ) first
      WHERE first.slug IS NOT NULL
      UNION ALL
      SELECT 0, NULL, NULL, NULL, 'source', '/sources/' || so.id, so.title,
        concat_ws(' ', so.title, so.publisher, so.summary, (SELECT string_agg(a.name, ' ') FROM sources_authors a WHERE a._parent_id = so.id))
      FROM sources so WHERE so._status = 'published'
    ),
    ranked AS (
      SELECT documents.*, CASE WHEN tier = 0 THEN ts_rank(to_tsvector('simple', body), q.query) ELSE 0 END AS rank
      FROM documents, q
      WHERE tier = 1 OR to_tsvector('simple', body) @@ q.query
      ORDER BY tier, rank DESC, starts_on, ends_on, trip_id, title
      LIMIT ${limit}
    )
    SELECT type, href, title, ts_headline('simple', body, q.query, ${options}) AS headline
    FROM ranked, q
    ORDER BY tier, rank DESC, starts_on, ends_on, trip_id, title
  `,
  )
  return rows.map((row) => ({
    type: row.type as TSearchHit['type'],
    href: row.href!,
    title: row.title!,
    snippet: toSegments(row.headline ?? ''),
  }))
}
