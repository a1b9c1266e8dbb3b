import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "trips_stops_alternative_polities" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"polity_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "_trips_v_version_stops_alternative_polities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"polity_id" integer,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "trips" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "_trips_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "sources" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "_sources_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "trips_stops_alternative_polities" ADD CONSTRAINT "trips_stops_alternative_polities_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trips_stops_alternative_polities" ADD CONSTRAINT "trips_stops_alternative_polities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_alternative_polities" ADD CONSTRAINT "_trips_v_version_stops_alternative_polities_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_alternative_polities" ADD CONSTRAINT "_trips_v_version_stops_alternative_polities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trips_stops_alternative_polities_order_idx" ON "trips_stops_alternative_polities" USING btree ("_order");
  CREATE INDEX "trips_stops_alternative_polities_parent_id_idx" ON "trips_stops_alternative_polities" USING btree ("_parent_id");
  CREATE INDEX "trips_stops_alternative_polities_polity_idx" ON "trips_stops_alternative_polities" USING btree ("polity_id");
  CREATE INDEX "_trips_v_version_stops_alternative_polities_order_idx" ON "_trips_v_version_stops_alternative_polities" USING btree ("_order");
  CREATE INDEX "_trips_v_version_stops_alternative_polities_parent_id_idx" ON "_trips_v_version_stops_alternative_polities" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_stops_alternative_polities_polity_idx" ON "_trips_v_version_stops_alternative_polities" USING btree ("polity_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "trips_stops_alternative_polities" CASCADE;
  DROP TABLE "_trips_v_version_stops_alternative_polities" CASCADE;
  ALTER TABLE "trips" DROP COLUMN "approved_at";
  ALTER TABLE "_trips_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "sources" DROP COLUMN "approved_at";
  ALTER TABLE "_sources_v" DROP COLUMN "version_approved_at";`)
}
