/*
 * The database itself keeps the audit trail true, whatever code runs against it:
 *
 * - a version row that an approve review event names (`_<collection>_v`) cannot be deleted, and
 *   no column of it but `latest` and `updated_at` can change (Payload clears `latest` on older
 *   versions when it saves a new one);
 * - the rows that hold the rest of such a version (`_<collection>_v_*`: arrays, nested arrays,
 *   relations, has-many selects, found through their foreign keys) cannot be inserted, changed or
 *   deleted, nor can a foreign key's ON DELETE SET NULL blank a relation in them;
 * - review events cannot be changed or deleted at all.
 *
 * Versions no approval names (drafts, and a never-approved record deleted with its history) are
 * left alone. The SQL is generic over the reviewed collections and idempotent, so a migration
 * that adds a reviewed collection, or a field stored in a table of its own, runs it again
 * (versionImmutability.int.test.ts fails until every version table is covered).
 */

const GUARD_TRIGGER = 'itinera_approved_version_guard'
const REVIEW_EVENTS_TRIGGER = 'itinera_review_events_append_only'

/** The table holding a collection's versions, as Payload names it (`_trips_v`). */
export const versionTable = (collection: string) => `_${collection.replaceAll('-', '_')}_v`

const FUNCTIONS = `
CREATE OR REPLACE FUNCTION itinera_version_is_approved(target_collection text, target_version integer)
RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (
    SELECT 1 FROM review_events
    WHERE review_events.action = 'approve'
      AND review_events.collection::text = target_collection
      AND review_events.version_id = target_version::text
  )
$fn$;

CREATE OR REPLACE FUNCTION itinera_refuse_approved_version_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'latest' - 'updated_at') = (to_jsonb(OLD) - 'latest' - 'updated_at') THEN
    RETURN NEW;
  END IF;
  IF itinera_version_is_approved(TG_ARGV[0], OLD.id) THEN
    RAISE EXCEPTION 'version % of % was approved (a review event names it): it cannot be changed or deleted', OLD.id, TG_ARGV[0]
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$fn$;

-- A row of a version's array, relation or select table: walks its foreign keys up to the version row.
CREATE OR REPLACE FUNCTION itinera_refuse_approved_version_part_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  current_table oid := TG_RELID;
  current_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END;
  parent_column text;
  parent_table oid;
  parent_id integer;
BEGIN
  LOOP
    parent_column := CASE WHEN current_row ? '_parent_id' THEN '_parent_id' ELSE 'parent_id' END;
    parent_id := (current_row ->> parent_column)::integer;
    SELECT constraint_row.confrelid INTO parent_table
      FROM pg_constraint constraint_row
      JOIN pg_attribute attribute ON attribute.attrelid = constraint_row.conrelid AND attribute.attnum = constraint_row.conkey[1]
      WHERE constraint_row.contype = 'f' AND constraint_row.conrelid = current_table AND attribute.attname = parent_column;
    EXIT WHEN parent_table IS NULL OR parent_id IS NULL;
    IF parent_table = TG_ARGV[1]::regclass THEN
      IF itinera_version_is_approved(TG_ARGV[0], parent_id) THEN
        RAISE EXCEPTION 'version % of % was approved (a review event names it): its % rows cannot be changed', parent_id, TG_ARGV[0], TG_TABLE_NAME
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      EXIT;
    END IF;
    -- Gone already when a delete cascades down from a row whose own trigger allowed it.
    EXECUTE format('SELECT to_jsonb(parent_row) FROM %s parent_row WHERE id = $1', parent_table::regclass) INTO current_row USING parent_id;
    EXIT WHEN current_row IS NULL;
    current_table := parent_table;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION itinera_refuse_review_event_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'review events are append-only: event % cannot be changed or deleted', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END
$fn$;
`

/** Triggers on one collection's version table and on every table that holds parts of its versions. */
const guardCollection = (collection: string) => {
  const table = versionTable(collection)
  // LIKE '\_trips\_v\_%': the underscores are literal.
  const parts = `${`${table}_`.replaceAll('_', '\\_')}%`
  return `
DROP TRIGGER IF EXISTS ${GUARD_TRIGGER} ON "${table}";
CREATE TRIGGER ${GUARD_TRIGGER} BEFORE UPDATE OR DELETE ON "${table}"
  FOR EACH ROW EXECUTE FUNCTION itinera_refuse_approved_version_change('${collection}');
DO $do$
DECLARE part regclass;
BEGIN
  FOR part IN
    SELECT class.oid::regclass FROM pg_class class
    WHERE class.relnamespace = current_schema()::regnamespace AND class.relkind = 'r'
      AND class.relname LIKE '${parts}'
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS ${GUARD_TRIGGER} ON %s', part);
    EXECUTE format(
      'CREATE TRIGGER ${GUARD_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION itinera_refuse_approved_version_part_change(%L, %L)',
      part, '${collection}', '${table}'
    );
  END LOOP;
END
$do$;`
}

/** Installs (or re-installs) the guards for the given reviewed collections. */
export const protectApprovedVersionsSql = (collections: readonly string[]) => `${FUNCTIONS}
DROP TRIGGER IF EXISTS ${REVIEW_EVENTS_TRIGGER} ON review_events;
CREATE TRIGGER ${REVIEW_EVENTS_TRIGGER} BEFORE UPDATE OR DELETE ON review_events
  FOR EACH ROW EXECUTE FUNCTION itinera_refuse_review_event_change();
${collections.map(guardCollection).join('\n')}`

/** Removes every guard (a migration's `down`). */
export const unprotectApprovedVersionsSql = () => `
DO $do$
DECLARE guarded record;
BEGIN
  FOR guarded IN SELECT tgrelid::regclass AS relation FROM pg_trigger WHERE tgname = '${GUARD_TRIGGER}' LOOP
    EXECUTE format('DROP TRIGGER ${GUARD_TRIGGER} ON %s', guarded.relation);
  END LOOP;
END
$do$;
DROP TRIGGER IF EXISTS ${REVIEW_EVENTS_TRIGGER} ON review_events;
DROP FUNCTION IF EXISTS itinera_refuse_review_event_change();
DROP FUNCTION IF EXISTS itinera_refuse_approved_version_part_change();
DROP FUNCTION IF EXISTS itinera_refuse_approved_version_change();
DROP FUNCTION IF EXISTS itinera_version_is_approved(text, integer);`
