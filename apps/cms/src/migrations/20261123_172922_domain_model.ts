import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_trips_transport" AS ENUM('train', 'air', 'road', 'sea');
  CREATE TYPE "public"."enum_trips_kind" AS ENUM('state', 'official', 'working', 'unofficial', 'secret', 'funeral', 'multilateral', 'transit');
  CREATE TYPE "public"."enum_trips_certainty" AS ENUM('confirmed', 'reported', 'rumored', 'disputed', 'refuted');
  CREATE TYPE "public"."enum_trips_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_trips_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trips_v_version_transport" AS ENUM('train', 'air', 'road', 'sea');
  CREATE TYPE "public"."enum__trips_v_version_kind" AS ENUM('state', 'official', 'working', 'unofficial', 'secret', 'funeral', 'multilateral', 'transit');
  CREATE TYPE "public"."enum__trips_v_version_certainty" AS ENUM('confirmed', 'reported', 'rumored', 'disputed', 'refuted');
  CREATE TYPE "public"."enum__trips_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__trips_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sources_kind" AS ENUM('archival_document', 'book', 'book_chapter', 'journal_article', 'working_paper', 'news_article', 'web_page', 'dataset', 'film_photo');
  CREATE TYPE "public"."enum_sources_source_class" AS ENUM('state_media', 'host_government', 'archival', 'memoir', 'news', 'scholarship', 'tertiary');
  CREATE TYPE "public"."enum_sources_url_status" AS ENUM('live', 'dead', 'unfit', 'usurped');
  CREATE TYPE "public"."enum_sources_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_sources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_version_kind" AS ENUM('archival_document', 'book', 'book_chapter', 'journal_article', 'working_paper', 'news_article', 'web_page', 'dataset', 'film_photo');
  CREATE TYPE "public"."enum__sources_v_version_source_class" AS ENUM('state_media', 'host_government', 'archival', 'memoir', 'news', 'scholarship', 'tertiary');
  CREATE TYPE "public"."enum__sources_v_version_url_status" AS ENUM('live', 'dead', 'unfit', 'usurped');
  CREATE TYPE "public"."enum__sources_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__sources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_review_events_collection" AS ENUM('trips', 'sources');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('edit', 'submit', 'withdraw', 'approve', 'request_changes');
  CREATE TYPE "public"."enum_review_events_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_review_events_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_places_kind" AS ENUM('city', 'site', 'region', 'vessel', 'other');
  CREATE TABLE "trips_transport" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trips_transport",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trips_stops_meetings" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"title" varchar
  );
  
  CREATE TABLE "trips_stops_details" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "trips_stops_alternative_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start_day" numeric,
  	"start_month" numeric,
  	"start_year" numeric,
  	"start_circa" boolean DEFAULT false,
  	"end_day" numeric,
  	"end_month" numeric,
  	"end_year" numeric,
  	"end_circa" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "trips_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"polity_id" integer,
  	"start_day" numeric,
  	"start_month" numeric,
  	"start_year" numeric,
  	"start_circa" boolean DEFAULT false,
  	"end_day" numeric,
  	"end_month" numeric,
  	"end_year" numeric,
  	"end_circa" boolean DEFAULT false,
  	"start_sort" timestamp(3) with time zone,
  	"end_sort" timestamp(3) with time zone
  );
  
  CREATE TABLE "trips_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fact" varchar,
  	"source_id" integer,
  	"locator_page" varchar,
  	"locator_folio" varchar,
  	"locator_paragraph" varchar,
  	"locator_footnote" varchar,
  	"quote" varchar,
  	"quote_language" varchar,
  	"translation" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "trips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"leader_id" integer,
  	"kind" "enum_trips_kind",
  	"certainty" "enum_trips_certainty" DEFAULT 'confirmed',
  	"summary" varchar,
  	"announced_on_day" numeric,
  	"announced_on_month" numeric,
  	"announced_on_year" numeric,
  	"announced_on_circa" boolean DEFAULT false,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"review_state" "enum_trips_review_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trips_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trips_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"places_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_trips_v_version_transport" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__trips_v_version_transport",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_trips_v_version_stops_meetings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trips_v_version_stops_details" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trips_v_version_stops_alternative_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_day" numeric,
  	"start_month" numeric,
  	"start_year" numeric,
  	"start_circa" boolean DEFAULT false,
  	"end_day" numeric,
  	"end_month" numeric,
  	"end_year" numeric,
  	"end_circa" boolean DEFAULT false,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trips_v_version_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"polity_id" integer,
  	"start_day" numeric,
  	"start_month" numeric,
  	"start_year" numeric,
  	"start_circa" boolean DEFAULT false,
  	"end_day" numeric,
  	"end_month" numeric,
  	"end_year" numeric,
  	"end_circa" boolean DEFAULT false,
  	"start_sort" timestamp(3) with time zone,
  	"end_sort" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trips_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"fact" varchar,
  	"source_id" integer,
  	"locator_page" varchar,
  	"locator_folio" varchar,
  	"locator_paragraph" varchar,
  	"locator_footnote" varchar,
  	"quote" varchar,
  	"quote_language" varchar,
  	"translation" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trips_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_leader_id" integer,
  	"version_kind" "enum__trips_v_version_kind",
  	"version_certainty" "enum__trips_v_version_certainty" DEFAULT 'confirmed',
  	"version_summary" varchar,
  	"version_announced_on_day" numeric,
  	"version_announced_on_month" numeric,
  	"version_announced_on_year" numeric,
  	"version_announced_on_circa" boolean DEFAULT false,
  	"version_starts_on" timestamp(3) with time zone,
  	"version_ends_on" timestamp(3) with time zone,
  	"version_review_state" "enum__trips_v_version_review_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trips_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_trips_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"places_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "sources_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_sources_kind",
  	"source_class" "enum_sources_source_class",
  	"title" varchar,
  	"date_day" numeric,
  	"date_month" numeric,
  	"date_year" numeric,
  	"date_circa" boolean DEFAULT false,
  	"publisher" varchar,
  	"language" varchar,
  	"translator" varchar,
  	"url" varchar,
  	"url_status" "enum_sources_url_status" DEFAULT 'live',
  	"archive_url" varchar,
  	"archive_date" timestamp(3) with time zone,
  	"access_date" timestamp(3) with time zone,
  	"repository" varchar,
  	"archive_collection" varchar,
  	"obtained_by" varchar,
  	"identifiers_isbn" varchar,
  	"identifiers_doi" varchar,
  	"identifiers_call_number" varchar,
  	"identifiers_record_id" varchar,
  	"summary" varchar,
  	"rights" varchar,
  	"review_state" "enum_sources_review_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_sources_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__sources_v_version_kind",
  	"version_source_class" "enum__sources_v_version_source_class",
  	"version_title" varchar,
  	"version_date_day" numeric,
  	"version_date_month" numeric,
  	"version_date_year" numeric,
  	"version_date_circa" boolean DEFAULT false,
  	"version_publisher" varchar,
  	"version_language" varchar,
  	"version_translator" varchar,
  	"version_url" varchar,
  	"version_url_status" "enum__sources_v_version_url_status" DEFAULT 'live',
  	"version_archive_url" varchar,
  	"version_archive_date" timestamp(3) with time zone,
  	"version_access_date" timestamp(3) with time zone,
  	"version_repository" varchar,
  	"version_archive_collection" varchar,
  	"version_obtained_by" varchar,
  	"version_identifiers_isbn" varchar,
  	"version_identifiers_doi" varchar,
  	"version_identifiers_call_number" varchar,
  	"version_identifiers_record_id" varchar,
  	"version_summary" varchar,
  	"version_rights" varchar,
  	"version_review_state" "enum__sources_v_version_review_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_sources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_review_events_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"version_id" varchar,
  	"action" "enum_review_events_action" NOT NULL,
  	"from_state" "enum_review_events_from_state" NOT NULL,
  	"to_state" "enum_review_events_to_state" NOT NULL,
  	"actor_id" integer,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leaders_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" varchar
  );
  
  CREATE TABLE "leaders_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"polity_id" integer,
  	"from_day" numeric,
  	"from_month" numeric,
  	"from_year" numeric,
  	"from_circa" boolean DEFAULT false,
  	"to_day" numeric,
  	"to_month" numeric,
  	"to_year" numeric,
  	"to_circa" boolean DEFAULT false
  );
  
  CREATE TABLE "polities_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" varchar
  );
  
  CREATE TABLE "polities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"official_name" varchar,
  	"valid_from_day" numeric,
  	"valid_from_month" numeric,
  	"valid_from_year" numeric,
  	"valid_from_circa" boolean DEFAULT false,
  	"valid_to_day" numeric,
  	"valid_to_month" numeric,
  	"valid_to_year" numeric,
  	"valid_to_circa" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "polities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "polities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"polities_id" integer
  );
  
  CREATE TABLE "places_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" varchar
  );
  
  CREATE TABLE "places" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_places_kind" DEFAULT 'city',
  	"polity_id" integer,
  	"latitude" numeric,
  	"longitude" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" varchar
  );
  
  CREATE TABLE "people_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"polity_id" integer,
  	"from_day" numeric,
  	"from_month" numeric,
  	"from_year" numeric,
  	"from_circa" boolean DEFAULT false,
  	"to_day" numeric,
  	"to_month" numeric,
  	"to_year" numeric,
  	"to_circa" boolean DEFAULT false
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"native_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trips_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "polities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "places_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "trips_transport" ADD CONSTRAINT "trips_transport_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_stops_meetings" ADD CONSTRAINT "trips_stops_meetings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trips_stops_meetings" ADD CONSTRAINT "trips_stops_meetings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_stops_details" ADD CONSTRAINT "trips_stops_details_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_stops_alternative_dates" ADD CONSTRAINT "trips_stops_alternative_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_stops" ADD CONSTRAINT "trips_stops_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trips_stops" ADD CONSTRAINT "trips_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_citations" ADD CONSTRAINT "trips_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trips_citations" ADD CONSTRAINT "trips_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips" ADD CONSTRAINT "trips_leader_id_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."leaders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trips_rels" ADD CONSTRAINT "trips_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_rels" ADD CONSTRAINT "trips_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trips_rels" ADD CONSTRAINT "trips_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_transport" ADD CONSTRAINT "_trips_v_version_transport_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_meetings" ADD CONSTRAINT "_trips_v_version_stops_meetings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_meetings" ADD CONSTRAINT "_trips_v_version_stops_meetings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_details" ADD CONSTRAINT "_trips_v_version_stops_details_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops_alternative_dates" ADD CONSTRAINT "_trips_v_version_stops_alternative_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops" ADD CONSTRAINT "_trips_v_version_stops_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v_version_stops" ADD CONSTRAINT "_trips_v_version_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_version_citations" ADD CONSTRAINT "_trips_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v_version_citations" ADD CONSTRAINT "_trips_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v" ADD CONSTRAINT "_trips_v_parent_id_trips_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trips"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v" ADD CONSTRAINT "_trips_v_version_leader_id_leaders_id_fk" FOREIGN KEY ("version_leader_id") REFERENCES "public"."leaders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trips_v_rels" ADD CONSTRAINT "_trips_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trips_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_rels" ADD CONSTRAINT "_trips_v_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trips_v_rels" ADD CONSTRAINT "_trips_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources_authors" ADD CONSTRAINT "sources_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources_rels" ADD CONSTRAINT "sources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources_rels" ADD CONSTRAINT "sources_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v_version_authors" ADD CONSTRAINT "_sources_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_parent_id_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v_rels" ADD CONSTRAINT "_sources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v_rels" ADD CONSTRAINT "_sources_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaders_alternate_names" ADD CONSTRAINT "leaders_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leaders_offices" ADD CONSTRAINT "leaders_offices_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaders_offices" ADD CONSTRAINT "leaders_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polities_alternate_names" ADD CONSTRAINT "polities_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polities_texts" ADD CONSTRAINT "polities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polities_rels" ADD CONSTRAINT "polities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polities_rels" ADD CONSTRAINT "polities_rels_polities_fk" FOREIGN KEY ("polities_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_alternate_names" ADD CONSTRAINT "places_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_alternate_names" ADD CONSTRAINT "people_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_offices" ADD CONSTRAINT "people_offices_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_offices" ADD CONSTRAINT "people_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trips_transport_order_idx" ON "trips_transport" USING btree ("order");
  CREATE INDEX "trips_transport_parent_idx" ON "trips_transport" USING btree ("parent_id");
  CREATE INDEX "trips_stops_meetings_order_idx" ON "trips_stops_meetings" USING btree ("_order");
  CREATE INDEX "trips_stops_meetings_parent_id_idx" ON "trips_stops_meetings" USING btree ("_parent_id");
  CREATE INDEX "trips_stops_meetings_person_idx" ON "trips_stops_meetings" USING btree ("person_id");
  CREATE INDEX "trips_stops_details_order_idx" ON "trips_stops_details" USING btree ("_order");
  CREATE INDEX "trips_stops_details_parent_id_idx" ON "trips_stops_details" USING btree ("_parent_id");
  CREATE INDEX "trips_stops_alternative_dates_order_idx" ON "trips_stops_alternative_dates" USING btree ("_order");
  CREATE INDEX "trips_stops_alternative_dates_parent_id_idx" ON "trips_stops_alternative_dates" USING btree ("_parent_id");
  CREATE INDEX "trips_stops_order_idx" ON "trips_stops" USING btree ("_order");
  CREATE INDEX "trips_stops_parent_id_idx" ON "trips_stops" USING btree ("_parent_id");
  CREATE INDEX "trips_stops_polity_idx" ON "trips_stops" USING btree ("polity_id");
  CREATE INDEX "trips_stops_start_sort_idx" ON "trips_stops" USING btree ("start_sort");
  CREATE INDEX "trips_citations_order_idx" ON "trips_citations" USING btree ("_order");
  CREATE INDEX "trips_citations_parent_id_idx" ON "trips_citations" USING btree ("_parent_id");
  CREATE INDEX "trips_citations_fact_idx" ON "trips_citations" USING btree ("fact");
  CREATE INDEX "trips_citations_source_idx" ON "trips_citations" USING btree ("source_id");
  CREATE UNIQUE INDEX "trips_slug_idx" ON "trips" USING btree ("slug");
  CREATE INDEX "trips_leader_idx" ON "trips" USING btree ("leader_id");
  CREATE INDEX "trips_starts_on_idx" ON "trips" USING btree ("starts_on");
  CREATE INDEX "trips_review_state_idx" ON "trips" USING btree ("review_state");
  CREATE INDEX "trips_updated_at_idx" ON "trips" USING btree ("updated_at");
  CREATE INDEX "trips_created_at_idx" ON "trips" USING btree ("created_at");
  CREATE INDEX "trips__status_idx" ON "trips" USING btree ("_status");
  CREATE INDEX "trips_rels_order_idx" ON "trips_rels" USING btree ("order");
  CREATE INDEX "trips_rels_parent_idx" ON "trips_rels" USING btree ("parent_id");
  CREATE INDEX "trips_rels_path_idx" ON "trips_rels" USING btree ("path");
  CREATE INDEX "trips_rels_places_id_idx" ON "trips_rels" USING btree ("places_id");
  CREATE INDEX "trips_rels_users_id_idx" ON "trips_rels" USING btree ("users_id");
  CREATE INDEX "_trips_v_version_transport_order_idx" ON "_trips_v_version_transport" USING btree ("order");
  CREATE INDEX "_trips_v_version_transport_parent_idx" ON "_trips_v_version_transport" USING btree ("parent_id");
  CREATE INDEX "_trips_v_version_stops_meetings_order_idx" ON "_trips_v_version_stops_meetings" USING btree ("_order");
  CREATE INDEX "_trips_v_version_stops_meetings_parent_id_idx" ON "_trips_v_version_stops_meetings" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_stops_meetings_person_idx" ON "_trips_v_version_stops_meetings" USING btree ("person_id");
  CREATE INDEX "_trips_v_version_stops_details_order_idx" ON "_trips_v_version_stops_details" USING btree ("_order");
  CREATE INDEX "_trips_v_version_stops_details_parent_id_idx" ON "_trips_v_version_stops_details" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_stops_alternative_dates_order_idx" ON "_trips_v_version_stops_alternative_dates" USING btree ("_order");
  CREATE INDEX "_trips_v_version_stops_alternative_dates_parent_id_idx" ON "_trips_v_version_stops_alternative_dates" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_stops_order_idx" ON "_trips_v_version_stops" USING btree ("_order");
  CREATE INDEX "_trips_v_version_stops_parent_id_idx" ON "_trips_v_version_stops" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_stops_polity_idx" ON "_trips_v_version_stops" USING btree ("polity_id");
  CREATE INDEX "_trips_v_version_stops_start_sort_idx" ON "_trips_v_version_stops" USING btree ("start_sort");
  CREATE INDEX "_trips_v_version_citations_order_idx" ON "_trips_v_version_citations" USING btree ("_order");
  CREATE INDEX "_trips_v_version_citations_parent_id_idx" ON "_trips_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_trips_v_version_citations_fact_idx" ON "_trips_v_version_citations" USING btree ("fact");
  CREATE INDEX "_trips_v_version_citations_source_idx" ON "_trips_v_version_citations" USING btree ("source_id");
  CREATE INDEX "_trips_v_parent_idx" ON "_trips_v" USING btree ("parent_id");
  CREATE INDEX "_trips_v_version_version_slug_idx" ON "_trips_v" USING btree ("version_slug");
  CREATE INDEX "_trips_v_version_version_leader_idx" ON "_trips_v" USING btree ("version_leader_id");
  CREATE INDEX "_trips_v_version_version_starts_on_idx" ON "_trips_v" USING btree ("version_starts_on");
  CREATE INDEX "_trips_v_version_version_review_state_idx" ON "_trips_v" USING btree ("version_review_state");
  CREATE INDEX "_trips_v_version_version_updated_at_idx" ON "_trips_v" USING btree ("version_updated_at");
  CREATE INDEX "_trips_v_version_version_created_at_idx" ON "_trips_v" USING btree ("version_created_at");
  CREATE INDEX "_trips_v_version_version__status_idx" ON "_trips_v" USING btree ("version__status");
  CREATE INDEX "_trips_v_created_at_idx" ON "_trips_v" USING btree ("created_at");
  CREATE INDEX "_trips_v_updated_at_idx" ON "_trips_v" USING btree ("updated_at");
  CREATE INDEX "_trips_v_latest_idx" ON "_trips_v" USING btree ("latest");
  CREATE INDEX "_trips_v_rels_order_idx" ON "_trips_v_rels" USING btree ("order");
  CREATE INDEX "_trips_v_rels_parent_idx" ON "_trips_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trips_v_rels_path_idx" ON "_trips_v_rels" USING btree ("path");
  CREATE INDEX "_trips_v_rels_places_id_idx" ON "_trips_v_rels" USING btree ("places_id");
  CREATE INDEX "_trips_v_rels_users_id_idx" ON "_trips_v_rels" USING btree ("users_id");
  CREATE INDEX "sources_authors_order_idx" ON "sources_authors" USING btree ("_order");
  CREATE INDEX "sources_authors_parent_id_idx" ON "sources_authors" USING btree ("_parent_id");
  CREATE INDEX "sources_review_state_idx" ON "sources" USING btree ("review_state");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources__status_idx" ON "sources" USING btree ("_status");
  CREATE INDEX "sources_rels_order_idx" ON "sources_rels" USING btree ("order");
  CREATE INDEX "sources_rels_parent_idx" ON "sources_rels" USING btree ("parent_id");
  CREATE INDEX "sources_rels_path_idx" ON "sources_rels" USING btree ("path");
  CREATE INDEX "sources_rels_users_id_idx" ON "sources_rels" USING btree ("users_id");
  CREATE INDEX "_sources_v_version_authors_order_idx" ON "_sources_v_version_authors" USING btree ("_order");
  CREATE INDEX "_sources_v_version_authors_parent_id_idx" ON "_sources_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_sources_v_parent_idx" ON "_sources_v" USING btree ("parent_id");
  CREATE INDEX "_sources_v_version_version_review_state_idx" ON "_sources_v" USING btree ("version_review_state");
  CREATE INDEX "_sources_v_version_version_updated_at_idx" ON "_sources_v" USING btree ("version_updated_at");
  CREATE INDEX "_sources_v_version_version_created_at_idx" ON "_sources_v" USING btree ("version_created_at");
  CREATE INDEX "_sources_v_version_version__status_idx" ON "_sources_v" USING btree ("version__status");
  CREATE INDEX "_sources_v_created_at_idx" ON "_sources_v" USING btree ("created_at");
  CREATE INDEX "_sources_v_updated_at_idx" ON "_sources_v" USING btree ("updated_at");
  CREATE INDEX "_sources_v_latest_idx" ON "_sources_v" USING btree ("latest");
  CREATE INDEX "_sources_v_rels_order_idx" ON "_sources_v_rels" USING btree ("order");
  CREATE INDEX "_sources_v_rels_parent_idx" ON "_sources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sources_v_rels_path_idx" ON "_sources_v_rels" USING btree ("path");
  CREATE INDEX "_sources_v_rels_users_id_idx" ON "_sources_v_rels" USING btree ("users_id");
  CREATE INDEX "review_events_collection_idx" ON "review_events" USING btree ("collection");
  CREATE INDEX "review_events_document_id_idx" ON "review_events" USING btree ("document_id");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "leaders_alternate_names_order_idx" ON "leaders_alternate_names" USING btree ("_order");
  CREATE INDEX "leaders_alternate_names_parent_id_idx" ON "leaders_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "leaders_offices_order_idx" ON "leaders_offices" USING btree ("_order");
  CREATE INDEX "leaders_offices_parent_id_idx" ON "leaders_offices" USING btree ("_parent_id");
  CREATE INDEX "leaders_offices_polity_idx" ON "leaders_offices" USING btree ("polity_id");
  CREATE INDEX "polities_alternate_names_order_idx" ON "polities_alternate_names" USING btree ("_order");
  CREATE INDEX "polities_alternate_names_parent_id_idx" ON "polities_alternate_names" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "polities_slug_idx" ON "polities" USING btree ("slug");
  CREATE INDEX "polities_updated_at_idx" ON "polities" USING btree ("updated_at");
  CREATE INDEX "polities_created_at_idx" ON "polities" USING btree ("created_at");
  CREATE INDEX "polities_texts_order_parent" ON "polities_texts" USING btree ("order","parent_id");
  CREATE INDEX "polities_rels_order_idx" ON "polities_rels" USING btree ("order");
  CREATE INDEX "polities_rels_parent_idx" ON "polities_rels" USING btree ("parent_id");
  CREATE INDEX "polities_rels_path_idx" ON "polities_rels" USING btree ("path");
  CREATE INDEX "polities_rels_polities_id_idx" ON "polities_rels" USING btree ("polities_id");
  CREATE INDEX "places_alternate_names_order_idx" ON "places_alternate_names" USING btree ("_order");
  CREATE INDEX "places_alternate_names_parent_id_idx" ON "places_alternate_names" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "places_slug_idx" ON "places" USING btree ("slug");
  CREATE INDEX "places_polity_idx" ON "places" USING btree ("polity_id");
  CREATE INDEX "places_updated_at_idx" ON "places" USING btree ("updated_at");
  CREATE INDEX "places_created_at_idx" ON "places" USING btree ("created_at");
  CREATE INDEX "people_alternate_names_order_idx" ON "people_alternate_names" USING btree ("_order");
  CREATE INDEX "people_alternate_names_parent_id_idx" ON "people_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "people_offices_order_idx" ON "people_offices" USING btree ("_order");
  CREATE INDEX "people_offices_parent_id_idx" ON "people_offices" USING btree ("_parent_id");
  CREATE INDEX "people_offices_polity_idx" ON "people_offices" USING btree ("polity_id");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trips_fk" FOREIGN KEY ("trips_id") REFERENCES "public"."trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_polities_fk" FOREIGN KEY ("polities_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_trips_id_idx" ON "payload_locked_documents_rels" USING btree ("trips_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_polities_id_idx" ON "payload_locked_documents_rels" USING btree ("polities_id");
  CREATE INDEX "payload_locked_documents_rels_places_id_idx" ON "payload_locked_documents_rels" USING btree ("places_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "trips_transport" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_stops_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_stops_details" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_stops_alternative_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_stops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trips_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_transport" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_stops_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_stops_details" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_stops_alternative_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_stops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_trips_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sources_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sources_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sources_v_version_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sources_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sources_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders_offices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_offices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "trips_transport" CASCADE;
  DROP TABLE "trips_stops_meetings" CASCADE;
  DROP TABLE "trips_stops_details" CASCADE;
  DROP TABLE "trips_stops_alternative_dates" CASCADE;
  DROP TABLE "trips_stops" CASCADE;
  DROP TABLE "trips_citations" CASCADE;
  DROP TABLE "trips" CASCADE;
  DROP TABLE "trips_rels" CASCADE;
  DROP TABLE "_trips_v_version_transport" CASCADE;
  DROP TABLE "_trips_v_version_stops_meetings" CASCADE;
  DROP TABLE "_trips_v_version_stops_details" CASCADE;
  DROP TABLE "_trips_v_version_stops_alternative_dates" CASCADE;
  DROP TABLE "_trips_v_version_stops" CASCADE;
  DROP TABLE "_trips_v_version_citations" CASCADE;
  DROP TABLE "_trips_v" CASCADE;
  DROP TABLE "_trips_v_rels" CASCADE;
  DROP TABLE "sources_authors" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "sources_rels" CASCADE;
  DROP TABLE "_sources_v_version_authors" CASCADE;
  DROP TABLE "_sources_v" CASCADE;
  DROP TABLE "_sources_v_rels" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "leaders_alternate_names" CASCADE;
  DROP TABLE "leaders_offices" CASCADE;
  DROP TABLE "polities_alternate_names" CASCADE;
  DROP TABLE "polities" CASCADE;
  DROP TABLE "polities_texts" CASCADE;
  DROP TABLE "polities_rels" CASCADE;
  DROP TABLE "places_alternate_names" CASCADE;
  DROP TABLE "places" CASCADE;
  DROP TABLE "people_alternate_names" CASCADE;
  DROP TABLE "people_offices" CASCADE;
  DROP TABLE "people" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trips_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_polities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_places_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_people_fk";
  
  DROP INDEX "payload_locked_documents_rels_trips_id_idx";
  DROP INDEX "payload_locked_documents_rels_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_polities_id_idx";
  DROP INDEX "payload_locked_documents_rels_places_id_idx";
  DROP INDEX "payload_locked_documents_rels_people_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trips_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "polities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "places_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "people_id";
  DROP TYPE "public"."enum_trips_transport";
  DROP TYPE "public"."enum_trips_kind";
  DROP TYPE "public"."enum_trips_certainty";
  DROP TYPE "public"."enum_trips_review_state";
  DROP TYPE "public"."enum_trips_status";
  DROP TYPE "public"."enum__trips_v_version_transport";
  DROP TYPE "public"."enum__trips_v_version_kind";
  DROP TYPE "public"."enum__trips_v_version_certainty";
  DROP TYPE "public"."enum__trips_v_version_review_state";
  DROP TYPE "public"."enum__trips_v_version_status";
  DROP TYPE "public"."enum_sources_kind";
  DROP TYPE "public"."enum_sources_source_class";
  DROP TYPE "public"."enum_sources_url_status";
  DROP TYPE "public"."enum_sources_review_state";
  DROP TYPE "public"."enum_sources_status";
  DROP TYPE "public"."enum__sources_v_version_kind";
  DROP TYPE "public"."enum__sources_v_version_source_class";
  DROP TYPE "public"."enum__sources_v_version_url_status";
  DROP TYPE "public"."enum__sources_v_version_review_state";
  DROP TYPE "public"."enum__sources_v_version_status";
  DROP TYPE "public"."enum_review_events_collection";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from_state";
  DROP TYPE "public"."enum_review_events_to_state";
  DROP TYPE "public"."enum_places_kind";`)
}
