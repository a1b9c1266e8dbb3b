import pg from 'pg'

export interface TScaleDataset {
  trips: number
  leaders: number
  stops: number
  citations: number
  citationsPerFact: number
  ms: number
}

/** What a database's trips count: all approved trips, leaders, stops, citations and citations per fact. */
async function describe(client: pg.Client): Promise<Omit<TScaleDataset, 'ms'>> {
  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n)
  const citations = await count(`SELECT count(*) AS n FROM trips_citations`)
  const facts = await count(`SELECT count(*) AS n FROM (SELECT DISTINCT _parent_id, fact FROM trips_citations) f`)
  return {
    trips: await count(`SELECT count(*) AS n FROM trips WHERE _status = 'published'`),
    leaders: await count(`SELECT count(*) AS n FROM leaders`),
    stops: await count(`SELECT count(*) AS n FROM trips_stops`),
    citations,
    citationsPerFact: Math.round((citations / facts) * 10) / 10,
  }
}

/** A database's scale dataset as an earlier run left it (`ms` unknown: NaN). */
export async function describeScaleDataset(databaseUrl: string): Promise<TScaleDataset> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return { ...(await describe(client)), ms: NaN }
  } finally {
    await client.end()
  }
}

/**
 * The bulk path of the scale dataset: the approved seed trips copied in SQL (one transaction)
 * until there are `trips` of them, spread over `leaders` generated leaders, every fact cited
 * about five times (the seed's own citations plus citations of other approved sources). Copies
 * keep the seed's structure (stops, places, meetings, details, competing values), so every page
 * type renders real rows. The Local API path (the importer) is measured separately in rows/s:
 * at that rate 100,000 trips would take hours. Copies have no version history; the reader never
 * reads it.
 */
// The tables whose trigger keeps a trip's search document (migration trip_search_document).
const SEARCH_DOCUMENT_TABLES = ['trips', 'trips_stops', 'trips_stops_details', 'trips_stops_meetings']

export async function loadScaleDataset(databaseUrl: string, trips: number, leaders: number): Promise<TScaleDataset> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const started = performance.now()
  try {
    await client.query('BEGIN')
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`)
    // Secondary indexes are rebuilt once at the end: faster than updating them row by row.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename LIKE 'trips%'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    )
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`)
    // Each copied detail and meeting would compute its trip's search document again: once per trip at the end instead.
    for (const table of SEARCH_DOCUMENT_TABLES)
      await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER itinera_trip_search_document`)
    await client.query(
      // Approved, like the trips copied from the seed: only approved leaders are public.
      `INSERT INTO leaders (name, slug, _status, review_state, updated_at, created_at)
       SELECT 'Scale leader ' || lpad(g::text, 4, '0'), 'scale-leader-' || lpad(g::text, 4, '0'), 'published', 'approved', now(), now()
       FROM generate_series(1, $1) g`,
      [leaders],
    )
    await client.query(
      `CREATE TEMP TABLE scale_leader ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM leaders WHERE slug LIKE 'scale-leader-%'`,
    )
    // Copy k of seed trip t gets a new id; k-th copies go to leader k mod leaders.
    await client.query(
      `CREATE TEMP TABLE scale_trip ON COMMIT DROP AS
       SELECT seed.id AS seed_id, k, nextval('trips_id_seq')::int AS id, '-k' || k AS suffix
       FROM (SELECT id FROM trips WHERE _status = 'published') seed,
            generate_series(1, ceil($1::numeric / (SELECT count(*) FROM trips WHERE _status = 'published'))::int) k
       ORDER BY k, seed.id LIMIT $1`,
      [trips],
    )
    await client.query(`CREATE INDEX ON scale_trip (seed_id)`)
    await client.query(
      `INSERT INTO trips (id, title, slug, leader_id, kind, certainty, summary, announced_on_day, announced_on_month,
         announced_on_year, announced_on_circa, starts_on, ends_on, review_state, updated_at, created_at, _status, approved_at)
       SELECT m.id, t.title || ' (' || m.k || ')', t.slug || m.suffix, l.id, t.kind, t.certainty, t.summary, t.announced_on_day,
         t.announced_on_month, t.announced_on_year, t.announced_on_circa, t.starts_on, t.ends_on, t.review_state, now(), now(),
         t._status, t.approved_at
       FROM scale_trip m JOIN trips t ON t.id = m.seed_id
       JOIN scale_leader l ON l.n = m.k % (SELECT count(*) FROM scale_leader)`,
    )
    await client.query(
      `INSERT INTO trips_stops (_order, _parent_id, id, polity_id, start_day, start_month, start_year, start_circa, end_day,
         end_month, end_year, end_circa, start_sort, end_sort)
       SELECT s._order, m.id, s.id || m.suffix, s.polity_id, s.start_day, s.start_month, s.start_year, s.start_circa, s.end_day,
         s.end_month, s.end_year, s.end_circa, s.start_sort, s.end_sort
       FROM scale_trip m JOIN trips_stops s ON s._parent_id = m.seed_id`,
    )
    for (const [table, columns] of [
      ['trips_stops_meetings', 'person_id, title'],
      ['trips_stops_details', 'text'],
      [
        'trips_stops_alternative_dates',
        'start_day, start_month, start_year, start_circa, end_day, end_month, end_year, end_circa, note',
      ],
      ['trips_stops_alternative_polities', 'polity_id, note'],
    ] as const) {
      await client.query(
        `INSERT INTO ${table} (_order, _parent_id, id, ${columns})
         SELECT c._order, c._parent_id || m.suffix, c.id || m.suffix, ${columns.replace(/(\w+)/g, 'c.$1')}
         FROM scale_trip m JOIN trips_stops s ON s._parent_id = m.seed_id JOIN ${table} c ON c._parent_id = s.id`,
      )
    }
    await client.query(
      `INSERT INTO trips_rels ("order", parent_id, path, places_id, users_id)
       SELECT r."order", m.id, r.path, r.places_id, r.users_id FROM scale_trip m JOIN trips_rels r ON r.parent_id = m.seed_id`,
    )
    await client.query(
      `INSERT INTO trips_transport ("order", parent_id, value)
       SELECT r."order", m.id, r.value FROM scale_trip m JOIN trips_transport r ON r.parent_id = m.seed_id`,
    )
    // The seed's citation, then one or two more of other approved sources: ~5 per fact. Stop and
    // meeting ids inside a fact path ("stops.<stop>.meetings.<meeting>") take the copy's suffix.
    await client.query(
      `WITH sources_published AS (SELECT array_agg(id ORDER BY id) AS ids FROM sources WHERE _status = 'published')
       INSERT INTO trips_citations (_order, _parent_id, id, fact, source_id, locator_page, locator_folio, locator_paragraph,
         locator_footnote, quote, quote_language, translation, note)
       SELECT c._order * 3 + extra, m.id, c.id || m.suffix || '-' || extra,
         CASE WHEN c.fact LIKE 'stops.%' THEN
           'stops.' || split_part(c.fact, '.', 2) || m.suffix || '.' || split_part(c.fact, '.', 3) ||
           CASE WHEN split_part(c.fact, '.', 4) <> '' THEN '.' || split_part(c.fact, '.', 4) || m.suffix ELSE '' END
         ELSE c.fact END,
         CASE WHEN extra = 0 THEN c.source_id ELSE p.ids[1 + (c.source_id + extra * 13 + m.k) % cardinality(p.ids)] END,
         c.locator_page, c.locator_folio, c.locator_paragraph, c.locator_footnote,
         CASE WHEN extra = 0 THEN c.quote END, c.quote_language, CASE WHEN extra = 0 THEN c.translation END, c.note
       FROM scale_trip m JOIN trips_citations c ON c._parent_id = m.seed_id, sources_published p,
         generate_series(0, 2) extra
       WHERE extra < 2 OR c._order % 2 = 0`,
    )
    // The search document reads a trip's stops, details and meetings by parent: those indexes
    // and fresh statistics first (the planner otherwise still sees the seed's few rows and scans
    // every copy for each trip: 44 s for 10,000 trips, 8,092 s for 100,000; with them 1.7 s for 10,000),
    // the index over the documents themselves once they are written.
    const onSearchDocument = ({ indexdef }: { indexdef: string }) => indexdef.includes('search_document')
    for (const index of indexes.filter((index) => !onSearchDocument(index))) await client.query(index.indexdef)
    await client.query(`ANALYZE trips, trips_stops, trips_stops_details, trips_stops_meetings`)
    await client.query(
      `UPDATE trips t SET search_document = itinera_trip_search_document(t.id) FROM scale_trip m WHERE t.id = m.id`,
    )
    for (const index of indexes.filter(onSearchDocument)) await client.query(index.indexdef)
    for (const table of SEARCH_DOCUMENT_TABLES)
      await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER itinera_trip_search_document`)
    await client.query('COMMIT')
    await client.query('ANALYZE')
    return { ...(await describe(client)), ms: Math.round(performance.now() - started) }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
