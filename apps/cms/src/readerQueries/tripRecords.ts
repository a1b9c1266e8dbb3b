import type { TTripRecords, TTripRecordsPort } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'
import { dateParts, isoTime, rows } from './jsonSql'

/**
 * Every record the trip page shows, in one statement: the approved trip by its slug, its array rows,
 * and the records it points at that an anonymous reader may read — the same filter as Payload's
 * `publishedOrStaff` read access for someone signed out (`_status = 'published'`, the main table
 * holding the approved version). Which sources are public decides whether the trip is withheld
 * (withheld.ts), so every cited source is looked up here, not only those shown.
 */
async function tripRecordsBySlug(payload: Payload, slug: string): Promise<TTripRecords | null> {
  const [found] = await rawSql<{ records: TTripRecords | null }>(
    payload,
    sql`WITH t AS (SELECT * FROM trips WHERE slug = ${slug} AND _status = 'published'),
      trip_stops AS (
        SELECT s.*, row_number() OVER (ORDER BY s._order) - 1 AS position
        FROM trips_stops s JOIN t ON s._parent_id = t.id
      ),
      stop_places AS (
        SELECT r.places_id AS id, r.path, r."order" FROM trips_rels r JOIN t ON r.parent_id = t.id
        WHERE r.path LIKE 'stops.%.places' AND r.places_id IS NOT NULL
      ),
      stop_meetings AS (SELECT m.* FROM trips_stops_meetings m JOIN trip_stops s ON m._parent_id = s.id),
      stop_alternative_polities AS (
        SELECT a.* FROM trips_stops_alternative_polities a JOIN trip_stops s ON a._parent_id = s.id
      ),
      trip_citations AS (SELECT c.* FROM trips_citations c JOIN t ON c._parent_id = t.id),
      met_people AS (
        SELECT p.* FROM people p
        WHERE p._status = 'published' AND p.id IN (SELECT person_id FROM stop_meetings)
      )
    SELECT (SELECT json_build_object(
      'trip', json_build_object(
        'id', t.id, 'slug', t.slug, 'title', t.title, 'leader', t.leader_id, 'kind', t.kind,
        'certainty', t.certainty, 'summary', t.summary,
        'transport', ${rows(sql`SELECT tr.value AS row FROM trips_transport tr WHERE tr.parent_id = t.id ORDER BY tr."order"`)},
        'announcedOn', ${dateParts('t', 'announced_on')},
        'startsOn', ${isoTime('t.starts_on')}, 'endsOn', ${isoTime('t.ends_on')}, 'approvedAt', ${isoTime('t.approved_at')}
      ),
      'stops', ${rows(sql`SELECT json_build_object(
          'id', s.id, 'polity', s.polity_id, 'start', ${dateParts('s', 'start')}, 'end', ${dateParts('s', 'end')},
          'places', ${rows(sql`SELECT p.id AS row FROM stop_places p WHERE p.path = 'stops.' || s.position || '.places' ORDER BY p."order"`)}
        ) AS row FROM trip_stops s ORDER BY s._order`)},
      'meetings', ${rows(sql`SELECT json_build_object('stop', m._parent_id, 'id', m.id, 'person', m.person_id, 'title', m.title) AS row
        FROM stop_meetings m ORDER BY m._order`)},
      'details', ${rows(sql`SELECT json_build_object('stop', d._parent_id, 'id', d.id, 'text', d.text) AS row
        FROM trips_stops_details d JOIN trip_stops s ON d._parent_id = s.id ORDER BY d._order`)},
      'alternativeDates', ${rows(sql`SELECT json_build_object('stop', a._parent_id, 'id', a.id,
          'start', ${dateParts('a', 'start')}, 'end', ${dateParts('a', 'end')}, 'note', a.note) AS row
        FROM trips_stops_alternative_dates a JOIN trip_stops s ON a._parent_id = s.id ORDER BY a._order`)},
      'alternativePolities', ${rows(sql`SELECT json_build_object('stop', a._parent_id, 'id', a.id, 'polity', a.polity_id, 'note', a.note) AS row
        FROM stop_alternative_polities a ORDER BY a._order`)},
      'citations', ${rows(sql`SELECT json_build_object('id', c.id, 'fact', c.fact, 'source', c.source_id,
          'locator', json_build_object('page', c.locator_page, 'folio', c.locator_folio,
            'paragraph', c.locator_paragraph, 'footnote', c.locator_footnote),
          'quote', c.quote, 'quoteLanguage', c.quote_language, 'translation', c.translation, 'note', c.note) AS row
        FROM trip_citations c ORDER BY c._order`)},
      'leaders', ${rows(sql`SELECT json_build_object('id', l.id, 'slug', l.slug, 'name', l.name) AS row
        FROM leaders l WHERE l.id = t.leader_id AND l._status = 'published'`)},
      'polities', ${rows(sql`SELECT json_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
          'namesByPeriod', ${rows(sql`SELECT json_build_object('name', n.name, 'from', ${dateParts('n', 'from')}, 'to', ${dateParts('n', 'to')}) AS row
            FROM polities_names_by_period n WHERE n._parent_id = p.id ORDER BY n._order`)}) AS row
        FROM polities p WHERE p._status = 'published'
          AND p.id IN (SELECT polity_id FROM trip_stops UNION SELECT polity_id FROM stop_alternative_polities)`)},
      'places', ${rows(sql`SELECT json_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
          'latitude', p.latitude, 'longitude', p.longitude) AS row
        FROM places p WHERE p._status = 'published' AND p.id IN (SELECT id FROM stop_places)`)},
      'people', ${rows(sql`SELECT json_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
          'offices', ${rows(sql`SELECT json_build_object('id', o.id, 'title', o.title, 'from', ${dateParts('o', 'from')}, 'to', ${dateParts('o', 'to')}) AS row
            FROM people_offices o WHERE o._parent_id = p.id ORDER BY o._order`)},
          'citations', ${rows(sql`SELECT json_build_object('fact', c.fact, 'source', c.source_id) AS row
            FROM people_citations c WHERE c._parent_id = p.id ORDER BY c._order`)}) AS row
        FROM met_people p`)},
      'sources', ${rows(sql`SELECT json_build_object('id', so.id, 'kind', so.kind, 'sourceClass', so.source_class,
          'title', so.title, 'date', ${dateParts('so', 'date')}, 'publisher', so.publisher, 'url', so.url,
          'urlStatus', so.url_status, 'archiveUrl', so.archive_url, 'archiveDate', ${isoTime('so.archive_date')},
          'repository', so.repository,
          'identifiers', json_build_object('isbn', so.identifiers_isbn, 'doi', so.identifiers_doi,
            'callNumber', so.identifiers_call_number, 'recordId', so.identifiers_record_id),
          'authors', ${rows(sql`SELECT json_build_object('name', a.name) AS row
            FROM sources_authors a WHERE a._parent_id = so.id ORDER BY a._order`)}) AS row
        FROM sources so WHERE so._status = 'published' AND so.id IN (SELECT source_id FROM trip_citations)`)},
      'peopleSources', ${rows(sql`SELECT json_build_object('id', so.id, 'title', so.title) AS row
        FROM sources so WHERE so._status = 'published'
          AND so.id IN (SELECT c.source_id FROM people_citations c JOIN met_people p ON c._parent_id = p.id)`)}
    ) FROM t) AS records`,
  )
  return found?.records ?? null
}

/** The trip page's records, read in SQL (see `tripRecordsBySlug`). */
export const tripRecords = (payload: Payload): TTripRecordsPort => ({
  bySlug: (slug) => tripRecordsBySlug(payload, slug),
})
