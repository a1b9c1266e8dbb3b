import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { protectApprovedVersionsSql } from '../workflow/versionImmutability'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_collection" AS ENUM('trips', 'sources', 'leaders', 'polities', 'places', 'people');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('submitted', 'changes_requested', 'approved', 'mentioned');
  CREATE TYPE "public"."enum_notifications_collection" AS ENUM('trips', 'sources', 'leaders', 'polities', 'places', 'people');
  CREATE TYPE "public"."enum_users_muted_notifications" AS ENUM('submitted', 'changes_requested', 'approved', 'mentioned');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importTripList');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importTripList');
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_comments_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"reply_to_id" integer,
  	"anchor" varchar,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"author_name" varchar,
  	"record_title" varchar,
  	"anchor_label" varchar,
  	"review_event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"collection" "enum_notifications_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"record_title" varchar,
  	"actor_name" varchar,
  	"excerpt" varchar,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "users_muted_notifications" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_muted_notifications",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  ALTER TABLE "review_events" ADD COLUMN "actor_name" varchar;
  ALTER TABLE "review_events" ADD COLUMN "record_title" varchar;
  ALTER TABLE "review_events" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "review_events" ADD COLUMN "assignee_name" varchar;
  ALTER TABLE "places" ADD COLUMN "today_iso_code" varchar;
  ALTER TABLE "_places_v" ADD COLUMN "version_today_iso_code" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_reply_to_id_comments_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_review_event_id_review_events_id_fk" FOREIGN KEY ("review_event_id") REFERENCES "public"."review_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "polities_names_by_period" ADD CONSTRAINT "polities_names_by_period_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_version_names_by_period" ADD CONSTRAINT "_polities_v_version_names_by_period_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_muted_notifications" ADD CONSTRAINT "users_muted_notifications_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "comments_collection_idx" ON "comments" USING btree ("collection");
  CREATE INDEX "comments_document_id_idx" ON "comments" USING btree ("document_id");
  CREATE INDEX "comments_reply_to_idx" ON "comments" USING btree ("reply_to_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_review_event_idx" ON "comments" USING btree ("review_event_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_users_id_idx" ON "comments_rels" USING btree ("users_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "polities_names_by_period_order_idx" ON "polities_names_by_period" USING btree ("_order");
  CREATE INDEX "polities_names_by_period_parent_id_idx" ON "polities_names_by_period" USING btree ("_parent_id");
  CREATE INDEX "_polities_v_version_names_by_period_order_idx" ON "_polities_v_version_names_by_period" USING btree ("_order");
  CREATE INDEX "_polities_v_version_names_by_period_parent_id_idx" ON "_polities_v_version_names_by_period" USING btree ("_parent_id");
  CREATE INDEX "users_muted_notifications_order_idx" ON "users_muted_notifications" USING btree ("order");
  CREATE INDEX "users_muted_notifications_parent_idx" ON "users_muted_notifications" USING btree ("parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_assignee_idx" ON "review_events" USING btree ("assignee_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
  // Not generated: the new version table of polities' names is guarded like the others (see versionImmutability.ts).
  await db.execute(sql.raw(protectApprovedVersionsSql(REVIEWED_COLLECTIONS)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities_names_by_period" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v_version_names_by_period" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_muted_notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "polities_names_by_period" CASCADE;
  DROP TABLE "_polities_v_version_names_by_period" CASCADE;
  DROP TABLE "users_muted_notifications" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "review_events" DROP CONSTRAINT "review_events_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  DROP INDEX "review_events_assignee_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
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
  ALTER TABLE "review_events" DROP COLUMN "actor_name";
  ALTER TABLE "review_events" DROP COLUMN "record_title";
  ALTER TABLE "review_events" DROP COLUMN "assignee_id";
  ALTER TABLE "review_events" DROP COLUMN "assignee_name";
  ALTER TABLE "places" DROP COLUMN "today_iso_code";
  ALTER TABLE "_places_v" DROP COLUMN "version_today_iso_code";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_comments_collection";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_collection";
  DROP TYPE "public"."enum_users_muted_notifications";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
