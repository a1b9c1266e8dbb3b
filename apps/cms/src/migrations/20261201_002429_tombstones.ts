import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tombstones_collection" AS ENUM('trips', 'sources', 'leaders', 'polities', 'places', 'people');
  CREATE TABLE "tombstones" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_tombstones_collection" NOT NULL,
  	"record_id" numeric NOT NULL,
  	"slug" varchar,
  	"title" varchar NOT NULL,
  	"reason" varchar NOT NULL,
  	"retracted_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tombstones_id" integer;
  CREATE INDEX "tombstones_collection_idx" ON "tombstones" USING btree ("collection");
  CREATE INDEX "tombstones_record_id_idx" ON "tombstones" USING btree ("record_id");
  CREATE INDEX "tombstones_slug_idx" ON "tombstones" USING btree ("slug");
  CREATE INDEX "tombstones_updated_at_idx" ON "tombstones" USING btree ("updated_at");
  CREATE INDEX "tombstones_created_at_idx" ON "tombstones" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tombstones_fk" FOREIGN KEY ("tombstones_id") REFERENCES "public"."tombstones"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tombstones_id_idx" ON "payload_locked_documents_rels" USING btree ("tombstones_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tombstones" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tombstones" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tombstones_fk";
  
  DROP INDEX "payload_locked_documents_rels_tombstones_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tombstones_id";
  DROP TYPE "public"."enum_tombstones_collection";`)
}
