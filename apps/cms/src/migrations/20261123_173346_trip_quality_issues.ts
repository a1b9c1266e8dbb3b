import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_trips_quality_issues_severity" AS ENUM('error', 'warning');
  CREATE TYPE "public"."enum__trips_v_version_quality_issues_severity" AS ENUM('error', 'warning');
  CREATE TABLE "trips_quality_issues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"severity" "enum_trips_quality_issues_severity",
  	"message" varchar,
  	"code" varchar,
  	"fact" varchar
  );
  
  CREATE TABLE "_trips_v_version_quality_issues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"severity" "enum__trips_v_version_quality_issues_severity",
  	"message" varchar,
  	"code" varchar,
  	"fact" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "trips_quality_issues" ADD CONSTRAINT "trips_quality_issues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_quality_issues" ADD CONSTRAINT "_trips_v_version_quality_issues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trips_quality_issues_order_idx" ON "trips_quality_issues" USING btree ("_order");
  CREATE INDEX "trips_quality_issues_parent_id_idx" ON "trips_quality_issues" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_quality_issues_order_idx" ON "_trips_v_version_quality_issues" USING btree ("_order");
  CREATE INDEX "_trips_v_version_quality_issues_parent_id_idx" ON "_trips_v_version_quality_issues" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "trips_quality_issues" CASCADE;
  DROP TABLE "_trips_v_version_quality_issues" CASCADE;
  DROP TYPE "public"."enum_trips_quality_issues_severity";
  DROP TYPE "public"."enum__trips_v_version_quality_issues_severity";`)
}
