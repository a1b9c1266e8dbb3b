import { sql } from '@payloadcms/db-postgres'

// Records read for the reader in one statement, built as JSON by PostgreSQL in the shapes Payload
// returns (tripRecords.ts, tripSummaries.ts).

/** A date group's columns (`<prefix>_year`, …) of `row` as its stored parts. */
export const dateParts = (row: string, prefix: string) =>
  sql.raw(`json_build_object('year', ${row}.${prefix}_year, 'month', ${row}.${prefix}_month,
    'day', ${row}.${prefix}_day, 'circa', ${row}.${prefix}_circa)`)

/** A timestamp column as Payload returns a date field: an ISO string in UTC, with milliseconds. */
export const isoTime = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)

/** The rows of `query` (each a JSON value `row`) as a JSON array, empty when there are none. */
export const rows = (query: ReturnType<typeof sql>) => sql`(SELECT coalesce(json_agg(q.row), '[]') FROM (${query}) q)`
