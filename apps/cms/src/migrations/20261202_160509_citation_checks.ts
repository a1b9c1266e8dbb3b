import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citation_checks_collection" AS ENUM('trips', 'leaders', 'polities', 'places', 'people');
  CREATE TABLE "citation_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_citation_checks_collection" NOT NULL,
  	"record_id" numeric NOT NULL,
  	"citation" varchar NOT NULL,
  	"citation_hash" varchar NOT NULL,
  	"checked_by_id" integer,
  	"checked_by_name" varchar NOT NULL,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "review_events" ADD COLUMN "citation_checks" jsonb;
  ALTER TABLE "users" ADD COLUMN "name_on_public_checks" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citation_checks_id" integer;
  ALTER TABLE "citation_checks" ADD CONSTRAINT "citation_checks_checked_by_id_users_id_fk" FOREIGN KEY ("checked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "citation_checks_checked_by_idx" ON "citation_checks" USING btree ("checked_by_id");
  CREATE INDEX "citation_checks_updated_at_idx" ON "citation_checks" USING btree ("updated_at");
  CREATE INDEX "citation_checks_created_at_idx" ON "citation_checks" USING btree ("created_at");
  CREATE INDEX "collection_recordId_citationHash_idx" ON "citation_checks" USING btree ("collection","record_id","citation_hash");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citation_checks_fk" FOREIGN KEY ("citation_checks_id") REFERENCES "public"."citation_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citation_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("citation_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citation_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citation_checks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citation_checks_fk";
  
  DROP INDEX "payload_locked_documents_rels_citation_checks_id_idx";
  ALTER TABLE "review_events" DROP COLUMN "citation_checks";
  ALTER TABLE "users" DROP COLUMN "name_on_public_checks";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citation_checks_id";
  DROP TYPE "public"."enum_citation_checks_collection";`)
}
