import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Reader revalidation and notification mails become jobs; and a transaction that queues a job
// wakes every CMS instance's queue runner when it commits (NOTIFY on jobs/queueRunner.ts's channel).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'revalidateReader';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotificationMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'revalidateReader';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotificationMail';
  CREATE FUNCTION "itinera_jobs_queued"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('itinera_jobs', '');
    RETURN NULL;
  END $$;
  CREATE TRIGGER "payload_jobs_queued" AFTER INSERT ON "payload_jobs"
    FOR EACH STATEMENT EXECUTE FUNCTION "itinera_jobs_queued"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "payload_jobs_queued" ON "payload_jobs";
  DROP FUNCTION "itinera_jobs_queued"();
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('revalidateReader', 'sendNotificationMail');
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('revalidateReader', 'sendNotificationMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importTripList');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importTripList');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
