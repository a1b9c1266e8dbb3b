import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "trips_approved_at_idx" ON "trips" USING btree ("approved_at");
  CREATE INDEX "_trips_v_version_version_approved_at_idx" ON "_trips_v" USING btree ("version_approved_at");
  CREATE INDEX "sources_approved_at_idx" ON "sources" USING btree ("approved_at");
  CREATE INDEX "_sources_v_version_version_approved_at_idx" ON "_sources_v" USING btree ("version_approved_at");
  CREATE INDEX "leaders_approved_at_idx" ON "leaders" USING btree ("approved_at");
  CREATE INDEX "_leaders_v_version_version_approved_at_idx" ON "_leaders_v" USING btree ("version_approved_at");
  CREATE INDEX "polities_approved_at_idx" ON "polities" USING btree ("approved_at");
  CREATE INDEX "_polities_v_version_version_approved_at_idx" ON "_polities_v" USING btree ("version_approved_at");
  CREATE INDEX "places_approved_at_idx" ON "places" USING btree ("approved_at");
  CREATE INDEX "_places_v_version_version_approved_at_idx" ON "_places_v" USING btree ("version_approved_at");
  CREATE INDEX "people_approved_at_idx" ON "people" USING btree ("approved_at");
  CREATE INDEX "_people_v_version_version_approved_at_idx" ON "_people_v" USING btree ("version_approved_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "trips_approved_at_idx";
  DROP INDEX "_trips_v_version_version_approved_at_idx";
  DROP INDEX "sources_approved_at_idx";
  DROP INDEX "_sources_v_version_version_approved_at_idx";
  DROP INDEX "leaders_approved_at_idx";
  DROP INDEX "_leaders_v_version_version_approved_at_idx";
  DROP INDEX "polities_approved_at_idx";
  DROP INDEX "_polities_v_version_version_approved_at_idx";
  DROP INDEX "places_approved_at_idx";
  DROP INDEX "_places_v_version_version_approved_at_idx";
  DROP INDEX "people_approved_at_idx";
  DROP INDEX "_people_v_version_version_approved_at_idx";`)
}
