import { REFERENCE_COLLECTIONS } from '@itinera/contracts/domain'
import { type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

type TExecute = Pick<MigrateUpArgs, 'db'>['db']

const ident = (name: string) => sql.identifier(name)
const list = (names: string[]) => sql.join(names.map(ident), sql`, `)

type TColumnRow = { table_name: string; column_name: string; data_type: string; udt_name: string }

/** The columns of each table, as the database holds them now (not as today's config declares them). */
async function columnsOf(db: TExecute, tables: string[]) {
  const { rows } = await db.execute(sql`
    SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name IN (${sql.join(
      tables.map((table) => sql`${table}`),
      sql`, `,
    )})`)
  const columns = new Map<string, string[]>()
  const enums = new Map<string, string>()
  for (const row of rows as TColumnRow[]) {
    columns.set(row.table_name, [...(columns.get(row.table_name) ?? []), row.column_name])
    if (row.data_type === 'USER-DEFINED') enums.set(`${row.table_name}.${row.column_name}`, row.udt_name)
  }
  // A version table has enum types of its own: a value crosses over by its label.
  const value = (source: ReturnType<typeof sql>, table: string, column: string) => {
    const enumType = enums.get(`${table}.${column}`)
    return enumType ? sql`${source}::text::${ident(enumType)}` : source
  }
  return { columns, value }
}

/**
 * Copies a collection's rows into one version each, in SQL, following the tables as they are at
 * this point of the migrations: the main row into `_<c>_v` (`version_<column>`), its array rows
 * (parents before children, `_uuid` keeping the row's id) into `_<c>_v_version_<array>`, and its
 * relations and hasMany texts into `_<c>_v_rels` / `_<c>_v_texts` under a `version.` path.
 * Payload's own API would read with the newest schema, which a later migration may extend.
 */
async function copyIntoOneVersionEach(db: TExecute, collection: string) {
  const { rows: tableRows } = await db.execute(sql`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND (table_name = ${collection} OR table_name LIKE ${`${collection}\\_%`}
      OR table_name = ${`_${collection}_v`} OR table_name LIKE ${`\\_${collection}\\_v\\_%`})`)
  const tables = (tableRows as { table_name: string }[]).map((row) => row.table_name)
  const { columns, value } = await columnsOf(db, tables)
  const versionTable = `_${collection}_v`
  const mainColumns = (columns.get(collection) ?? []).filter((column) => column !== 'id')
  const versionColumns = new Set(columns.get(versionTable) ?? [])
  const copied = mainColumns.filter((column) => versionColumns.has(`version_${column}`))
  await db.execute(sql`
    INSERT INTO ${ident(versionTable)} ("parent_id", ${list(copied.map((column) => `version_${column}`))}, "created_at", "updated_at", "latest")
    SELECT "id", ${sql.join(
      copied.map((column) => value(sql`${ident(column)}`, versionTable, `version_${column}`)),
      sql`, `,
    )}, "updated_at", "updated_at", true FROM ${ident(collection)}`)

  // Array tables, shortest name first, so a nested array's parent rows are copied before it.
  const arrays = tables
    .filter(
      (table) =>
        table.startsWith(`${collection}_`) && !['_rels', '_texts', '_locales'].some((end) => table.endsWith(end)),
    )
    .filter((table) => columns.get(table)?.includes('_parent_id'))
    .sort((a, b) => a.length - b.length)
  for (const table of arrays) {
    const versionArray = `${versionTable}_version_${table.slice(collection.length + 1)}`
    if (!columns.has(versionArray)) continue
    const targetColumns = new Set(columns.get(versionArray))
    const shared = columns
      .get(table)!
      .filter((column) => !['id', '_parent_id'].includes(column) && targetColumns.has(column))
    const parentArray = arrays.filter((other) => table.startsWith(`${other}_`)).sort((a, b) => b.length - a.length)[0]
    // A top-level array hangs off the version of its record; a nested one off its parent row's copy.
    const parentOfCopy = parentArray
      ? sql`(SELECT parent_copy."id" FROM ${ident(`${versionTable}_version_${parentArray.slice(collection.length + 1)}`)} parent_copy WHERE parent_copy."_uuid" = source."_parent_id")`
      : sql`(SELECT version."id" FROM ${ident(versionTable)} version WHERE version."parent_id" = source."_parent_id")`
    await db.execute(sql`
      INSERT INTO ${ident(versionArray)} ("_parent_id", "_uuid", ${list(shared)})
      SELECT ${parentOfCopy}, source."id", ${sql.join(
        shared.map((column) => value(sql`source.${ident(column)}`, versionArray, column)),
        sql`, `,
      )}
      FROM ${ident(table)} source`)
  }

  for (const kind of ['rels', 'texts']) {
    const table = `${collection}_${kind}`
    const versionKind = `${versionTable}_${kind}`
    if (!columns.has(table) || !columns.has(versionKind)) continue
    const targetColumns = new Set(columns.get(versionKind))
    const shared = columns
      .get(table)!
      .filter((column) => !['id', 'parent_id', 'path'].includes(column) && targetColumns.has(column))
    await db.execute(sql`
      INSERT INTO ${ident(versionKind)} ("parent_id", "path", ${list(shared)})
      SELECT version."id", 'version.' || source."path", ${sql.join(
        shared.map((column) => value(sql`source.${ident(column)}`, versionKind, column)),
        sql`, `,
      )}
      FROM ${ident(table)} source JOIN ${ident(versionTable)} version ON version."parent_id" = source."parent_id"`)
  }
}

/**
 * The data part of putting reference data under review: every leader, polity, place and person
 * was public, so each becomes an approved, published record with one version (the public one),
 * and nothing disappears from the reader. Runs after the schema part has added the workflow
 * columns and version tables. No review event: PostgreSQL refuses the events' new collection
 * values in the transaction that adds them.
 */
export async function publishExistingReferenceData({ db }: Pick<MigrateUpArgs, 'db'>) {
  for (const collection of REFERENCE_COLLECTIONS) {
    // Every row here predates review: all of it was public.
    await db.execute(sql`UPDATE ${ident(collection)} SET "_status" = 'published', "review_state" = 'approved'`)
    await copyIntoOneVersionEach(db, collection)
  }
}
