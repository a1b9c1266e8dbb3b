import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_link_checks_target" AS ENUM('url', 'archive');
  CREATE TYPE "public"."enum_link_checks_health" AS ENUM('live', 'failing', 'dead', 'usurped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkSourceLinks';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sweepSourceLinks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkSourceLinks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sweepSourceLinks';
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer NOT NULL,
  	"target" "enum_link_checks_target" NOT NULL,
  	"url" varchar NOT NULL,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"health" "enum_link_checks_health" NOT NULL,
  	"failures" numeric NOT NULL,
  	"failing_since" timestamp(3) with time zone,
  	"http_status" numeric,
  	"error" varchar,
  	"final_url" varchar,
  	"redirects" jsonb,
  	"content_type" varchar,
  	"fingerprint" varchar,
  	"bytes" numeric,
  	"truncated" boolean,
  	"response_ms" numeric,
  	"drift" jsonb,
  	"archive_url" varchar,
  	"archive_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "sources" ALTER COLUMN "url_status" DROP DEFAULT;
  ALTER TABLE "_sources_v" ALTER COLUMN "version_url_status" DROP DEFAULT;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "link_checks_source_idx" ON "link_checks" USING btree ("source_id");
  CREATE INDEX "link_checks_checked_at_idx" ON "link_checks" USING btree ("checked_at");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importTripList', 'revalidateReader', 'sendNotificationMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importTripList', 'revalidateReader', 'sendNotificationMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "sources" ALTER COLUMN "url_status" SET DEFAULT 'live';
  ALTER TABLE "_sources_v" ALTER COLUMN "version_url_status" SET DEFAULT 'live';
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_link_checks_target";
  DROP TYPE "public"."enum_link_checks_health";`)
}
