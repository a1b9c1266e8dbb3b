import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { protectApprovedVersionsSql, unprotectApprovedVersionsSql } from '../workflow/versionImmutability'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tombstones_collection" AS ENUM('trips', 'sources');
  ALTER TYPE "public"."enum_trips_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_trips_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__trips_v_version_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum__trips_v_version_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_sources_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_sources_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__sources_v_version_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum__sources_v_version_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'request_retraction';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'retract';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'cancel_retraction';
  ALTER TYPE "public"."enum_review_events_from_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_review_events_from_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_review_events_to_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_review_events_to_state" ADD VALUE 'retracted';
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
  
  ALTER TABLE "review_events" ADD COLUMN "content_hash" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tombstones_id" integer;
  CREATE INDEX "tombstones_collection_idx" ON "tombstones" USING btree ("collection");
  CREATE INDEX "tombstones_record_id_idx" ON "tombstones" USING btree ("record_id");
  CREATE INDEX "tombstones_slug_idx" ON "tombstones" USING btree ("slug");
  CREATE INDEX "tombstones_updated_at_idx" ON "tombstones" USING btree ("updated_at");
  CREATE INDEX "tombstones_created_at_idx" ON "tombstones" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tombstones_fk" FOREIGN KEY ("tombstones_id") REFERENCES "public"."tombstones"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_version_id_idx" ON "review_events" USING btree ("version_id");
  CREATE INDEX "payload_locked_documents_rels_tombstones_id_idx" ON "payload_locked_documents_rels" USING btree ("tombstones_id");`)
  // Not generated: approved versions and review events become unchangeable (see versionImmutability.ts).
  await db.execute(sql.raw(protectApprovedVersionsSql(REVIEWED_COLLECTIONS)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(unprotectApprovedVersionsSql()))
  await db.execute(sql`
   ALTER TABLE "tombstones" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tombstones" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tombstones_fk";
  
  ALTER TABLE "trips" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "trips" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_trips_review_state";
  CREATE TYPE "public"."enum_trips_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "trips" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_trips_review_state";
  ALTER TABLE "trips" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_trips_review_state" USING "review_state"::"public"."enum_trips_review_state";
  ALTER TABLE "_trips_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_trips_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__trips_v_version_review_state";
  CREATE TYPE "public"."enum__trips_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_trips_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__trips_v_version_review_state";
  ALTER TABLE "_trips_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__trips_v_version_review_state" USING "version_review_state"::"public"."enum__trips_v_version_review_state";
  ALTER TABLE "sources" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "sources" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_sources_review_state";
  CREATE TYPE "public"."enum_sources_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "sources" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_sources_review_state";
  ALTER TABLE "sources" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_sources_review_state" USING "review_state"::"public"."enum_sources_review_state";
  ALTER TABLE "_sources_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_sources_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__sources_v_version_review_state";
  CREATE TYPE "public"."enum__sources_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_sources_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__sources_v_version_review_state";
  ALTER TABLE "_sources_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__sources_v_version_review_state" USING "version_review_state"::"public"."enum__sources_v_version_review_state";
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('edit', 'submit', 'withdraw', 'approve', 'request_changes');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  ALTER TABLE "review_events" ALTER COLUMN "from_state" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_from_state";
  CREATE TYPE "public"."enum_review_events_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "review_events" ALTER COLUMN "from_state" SET DATA TYPE "public"."enum_review_events_from_state" USING "from_state"::"public"."enum_review_events_from_state";
  ALTER TABLE "review_events" ALTER COLUMN "to_state" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_to_state";
  CREATE TYPE "public"."enum_review_events_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "review_events" ALTER COLUMN "to_state" SET DATA TYPE "public"."enum_review_events_to_state" USING "to_state"::"public"."enum_review_events_to_state";
  DROP INDEX "review_events_version_id_idx";
  DROP INDEX "payload_locked_documents_rels_tombstones_id_idx";
  ALTER TABLE "review_events" DROP COLUMN "content_hash";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tombstones_id";
  DROP TYPE "public"."enum_tombstones_collection";`)
}
