import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "trips_import_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"line" numeric,
  	"code" varchar,
  	"message" varchar
  );
  
  CREATE TABLE "_trips_v_version_import_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"line" numeric,
  	"code" varchar,
  	"message" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "trips_import_warnings" ADD CONSTRAINT "trips_import_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_import_warnings" ADD CONSTRAINT "_trips_v_version_import_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trips_import_warnings_order_idx" ON "trips_import_warnings" USING btree ("_order");
  CREATE INDEX "trips_import_warnings_parent_id_idx" ON "trips_import_warnings" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_import_warnings_order_idx" ON "_trips_v_version_import_warnings" USING btree ("_order");
  CREATE INDEX "_trips_v_version_import_warnings_parent_id_idx" ON "_trips_v_version_import_warnings" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "trips_import_warnings" CASCADE;
  DROP TABLE "_trips_v_version_import_warnings" CASCADE;`)
}
