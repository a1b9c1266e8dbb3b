import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { protectApprovedVersionsSql } from '../workflow/versionImmutability'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "polities_names_by_period" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"from_day" numeric,
  	"from_month" numeric,
  	"from_year" numeric,
  	"from_circa" boolean DEFAULT false,
  	"to_day" numeric,
  	"to_month" numeric,
  	"to_year" numeric,
  	"to_circa" boolean DEFAULT false
  );
  
  CREATE TABLE "_polities_v_version_names_by_period" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"from_day" numeric,
  	"from_month" numeric,
  	"from_year" numeric,
  	"from_circa" boolean DEFAULT false,
  	"to_day" numeric,
  	"to_month" numeric,
  	"to_year" numeric,
  	"to_circa" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  ALTER TABLE "sources" ADD COLUMN "series" varchar;
  ALTER TABLE "sources" ADD COLUMN "published_in" varchar;
  ALTER TABLE "sources" ADD COLUMN "volume" varchar;
  ALTER TABLE "sources" ADD COLUMN "issue" varchar;
  ALTER TABLE "sources" ADD COLUMN "pages" varchar;
  ALTER TABLE "sources" ADD COLUMN "place" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_series" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_published_in" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_volume" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_issue" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_pages" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_place" varchar;
  ALTER TABLE "places" ADD COLUMN "today_iso_code" varchar;
  ALTER TABLE "_places_v" ADD COLUMN "version_today_iso_code" varchar;
  ALTER TABLE "polities_names_by_period" ADD CONSTRAINT "polities_names_by_period_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_version_names_by_period" ADD CONSTRAINT "_polities_v_version_names_by_period_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "polities_names_by_period_order_idx" ON "polities_names_by_period" USING btree ("_order");
  CREATE INDEX "polities_names_by_period_parent_id_idx" ON "polities_names_by_period" USING btree ("_parent_id");
  CREATE INDEX "_polities_v_version_names_by_period_order_idx" ON "_polities_v_version_names_by_period" USING btree ("_order");
  CREATE INDEX "_polities_v_version_names_by_period_parent_id_idx" ON "_polities_v_version_names_by_period" USING btree ("_parent_id");`)
  // Not generated: the new version table of polities' names is guarded like the others (see versionImmutability.ts).
  await db.execute(sql.raw(protectApprovedVersionsSql(REVIEWED_COLLECTIONS)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "polities_names_by_period" CASCADE;
  DROP TABLE "_polities_v_version_names_by_period" CASCADE;
  ALTER TABLE "sources" DROP COLUMN "series";
  ALTER TABLE "sources" DROP COLUMN "published_in";
  ALTER TABLE "sources" DROP COLUMN "volume";
  ALTER TABLE "sources" DROP COLUMN "issue";
  ALTER TABLE "sources" DROP COLUMN "pages";
  ALTER TABLE "sources" DROP COLUMN "place";
  ALTER TABLE "_sources_v" DROP COLUMN "version_series";
  ALTER TABLE "_sources_v" DROP COLUMN "version_published_in";
  ALTER TABLE "_sources_v" DROP COLUMN "version_volume";
  ALTER TABLE "_sources_v" DROP COLUMN "version_issue";
  ALTER TABLE "_sources_v" DROP COLUMN "version_pages";
  ALTER TABLE "_sources_v" DROP COLUMN "version_place";
  ALTER TABLE "places" DROP COLUMN "today_iso_code";
  ALTER TABLE "_places_v" DROP COLUMN "version_today_iso_code";`)
}
