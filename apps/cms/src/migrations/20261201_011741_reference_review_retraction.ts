import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { publishExistingReferenceData } from '../migrationData/publishExistingReferenceData'
import { protectApprovedVersionsSql, unprotectApprovedVersionsSql } from '../workflow/versionImmutability'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tombstones_collection" AS ENUM('trips', 'sources', 'leaders', 'polities', 'places', 'people');
  CREATE TYPE "public"."enum_leaders_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum_leaders_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__leaders_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum__leaders_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_polities_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum_polities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__polities_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum__polities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_places_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum_places_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__places_v_version_kind" AS ENUM('city', 'site', 'region', 'vessel', 'other');
  CREATE TYPE "public"."enum__places_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum__places_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_people_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'retraction_requested', 'retracted');
  CREATE TYPE "public"."enum__people_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_trips_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_trips_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__trips_v_version_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum__trips_v_version_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_sources_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum_sources_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__sources_v_version_review_state" ADD VALUE 'retraction_requested';
  ALTER TYPE "public"."enum__sources_v_version_review_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_review_events_collection" ADD VALUE 'leaders';
  ALTER TYPE "public"."enum_review_events_collection" ADD VALUE 'polities';
  ALTER TYPE "public"."enum_review_events_collection" ADD VALUE 'places';
  ALTER TYPE "public"."enum_review_events_collection" ADD VALUE 'people';
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
  
  CREATE TABLE "leaders_citations" (
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
  
  CREATE TABLE "leaders_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_leaders_v_version_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"language" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_leaders_v_version_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"polity_id" integer,
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
  
  CREATE TABLE "_leaders_v_version_citations" (
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
  
  CREATE TABLE "_leaders_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_native_name" varchar,
  	"version_review_state" "enum__leaders_v_version_review_state" DEFAULT 'draft',
  	"version_approved_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__leaders_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_leaders_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "polities_citations" (
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
  
  CREATE TABLE "_polities_v_version_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"language" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_polities_v_version_citations" (
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
  
  CREATE TABLE "_polities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_official_name" varchar,
  	"version_valid_from_day" numeric,
  	"version_valid_from_month" numeric,
  	"version_valid_from_year" numeric,
  	"version_valid_from_circa" boolean DEFAULT false,
  	"version_valid_to_day" numeric,
  	"version_valid_to_month" numeric,
  	"version_valid_to_year" numeric,
  	"version_valid_to_circa" boolean DEFAULT false,
  	"version_review_state" "enum__polities_v_version_review_state" DEFAULT 'draft',
  	"version_approved_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__polities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_polities_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_polities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"polities_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "places_citations" (
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
  
  CREATE TABLE "places_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_places_v_version_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"language" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_places_v_version_citations" (
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
  
  CREATE TABLE "_places_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__places_v_version_kind" DEFAULT 'city',
  	"version_polity_id" integer,
  	"version_latitude" numeric,
  	"version_longitude" numeric,
  	"version_review_state" "enum__places_v_version_review_state" DEFAULT 'draft',
  	"version_approved_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__places_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_places_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "people_citations" (
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
  
  CREATE TABLE "people_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_people_v_version_alternate_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"language" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_people_v_version_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"polity_id" integer,
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
  
  CREATE TABLE "_people_v_version_citations" (
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
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_native_name" varchar,
  	"version_review_state" "enum__people_v_version_review_state" DEFAULT 'draft',
  	"version_approved_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_people_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "leaders_alternate_names" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "leaders_offices" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "leaders" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "leaders" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "polities_alternate_names" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "polities" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "polities" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "places_alternate_names" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "places" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "places" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "people_alternate_names" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "people_offices" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "people" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "people" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "review_events" ADD COLUMN "content_hash" varchar;
  ALTER TABLE "leaders" ADD COLUMN "review_state" "enum_leaders_review_state" DEFAULT 'draft';
  ALTER TABLE "leaders" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "leaders" ADD COLUMN "_status" "enum_leaders_status" DEFAULT 'draft';
  ALTER TABLE "polities" ADD COLUMN "review_state" "enum_polities_review_state" DEFAULT 'draft';
  ALTER TABLE "polities" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "polities" ADD COLUMN "_status" "enum_polities_status" DEFAULT 'draft';
  ALTER TABLE "polities_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "places" ADD COLUMN "review_state" "enum_places_review_state" DEFAULT 'draft';
  ALTER TABLE "places" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "_status" "enum_places_status" DEFAULT 'draft';
  ALTER TABLE "people" ADD COLUMN "review_state" "enum_people_review_state" DEFAULT 'draft';
  ALTER TABLE "people" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "people" ADD COLUMN "_status" "enum_people_status" DEFAULT 'draft';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tombstones_id" integer;
  ALTER TABLE "leaders_citations" ADD CONSTRAINT "leaders_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaders_citations" ADD CONSTRAINT "leaders_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leaders_rels" ADD CONSTRAINT "leaders_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leaders_rels" ADD CONSTRAINT "leaders_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaders_v_version_alternate_names" ADD CONSTRAINT "_leaders_v_version_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_leaders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaders_v_version_offices" ADD CONSTRAINT "_leaders_v_version_offices_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leaders_v_version_offices" ADD CONSTRAINT "_leaders_v_version_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_leaders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaders_v_version_citations" ADD CONSTRAINT "_leaders_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leaders_v_version_citations" ADD CONSTRAINT "_leaders_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_leaders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaders_v" ADD CONSTRAINT "_leaders_v_parent_id_leaders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leaders_v_rels" ADD CONSTRAINT "_leaders_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_leaders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaders_v_rels" ADD CONSTRAINT "_leaders_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polities_citations" ADD CONSTRAINT "polities_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "polities_citations" ADD CONSTRAINT "polities_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_version_alternate_names" ADD CONSTRAINT "_polities_v_version_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_version_citations" ADD CONSTRAINT "_polities_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_polities_v_version_citations" ADD CONSTRAINT "_polities_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v" ADD CONSTRAINT "_polities_v_parent_id_polities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_polities_v_texts" ADD CONSTRAINT "_polities_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_rels" ADD CONSTRAINT "_polities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_polities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_rels" ADD CONSTRAINT "_polities_v_rels_polities_fk" FOREIGN KEY ("polities_id") REFERENCES "public"."polities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_polities_v_rels" ADD CONSTRAINT "_polities_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_citations" ADD CONSTRAINT "places_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places_citations" ADD CONSTRAINT "places_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_alternate_names" ADD CONSTRAINT "_places_v_version_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_citations" ADD CONSTRAINT "_places_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v_version_citations" ADD CONSTRAINT "_places_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_polity_id_polities_id_fk" FOREIGN KEY ("version_polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_citations" ADD CONSTRAINT "people_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_citations" ADD CONSTRAINT "people_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_rels" ADD CONSTRAINT "people_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_rels" ADD CONSTRAINT "people_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_alternate_names" ADD CONSTRAINT "_people_v_version_alternate_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_offices" ADD CONSTRAINT "_people_v_version_offices_polity_id_polities_id_fk" FOREIGN KEY ("polity_id") REFERENCES "public"."polities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_version_offices" ADD CONSTRAINT "_people_v_version_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_citations" ADD CONSTRAINT "_people_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_version_citations" ADD CONSTRAINT "_people_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_rels" ADD CONSTRAINT "_people_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_rels" ADD CONSTRAINT "_people_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tombstones_collection_idx" ON "tombstones" USING btree ("collection");
  CREATE INDEX "tombstones_record_id_idx" ON "tombstones" USING btree ("record_id");
  CREATE INDEX "tombstones_slug_idx" ON "tombstones" USING btree ("slug");
  CREATE INDEX "tombstones_updated_at_idx" ON "tombstones" USING btree ("updated_at");
  CREATE INDEX "tombstones_created_at_idx" ON "tombstones" USING btree ("created_at");
  CREATE INDEX "leaders_citations_order_idx" ON "leaders_citations" USING btree ("_order");
  CREATE INDEX "leaders_citations_parent_id_idx" ON "leaders_citations" USING btree ("_parent_id");
  CREATE INDEX "leaders_citations_fact_idx" ON "leaders_citations" USING btree ("fact");
  CREATE INDEX "leaders_citations_source_idx" ON "leaders_citations" USING btree ("source_id");
  CREATE INDEX "leaders_rels_order_idx" ON "leaders_rels" USING btree ("order");
  CREATE INDEX "leaders_rels_parent_idx" ON "leaders_rels" USING btree ("parent_id");
  CREATE INDEX "leaders_rels_path_idx" ON "leaders_rels" USING btree ("path");
  CREATE INDEX "leaders_rels_users_id_idx" ON "leaders_rels" USING btree ("users_id");
  CREATE INDEX "_leaders_v_version_alternate_names_order_idx" ON "_leaders_v_version_alternate_names" USING btree ("_order");
  CREATE INDEX "_leaders_v_version_alternate_names_parent_id_idx" ON "_leaders_v_version_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "_leaders_v_version_offices_order_idx" ON "_leaders_v_version_offices" USING btree ("_order");
  CREATE INDEX "_leaders_v_version_offices_parent_id_idx" ON "_leaders_v_version_offices" USING btree ("_parent_id");
  CREATE INDEX "_leaders_v_version_offices_polity_idx" ON "_leaders_v_version_offices" USING btree ("polity_id");
  CREATE INDEX "_leaders_v_version_citations_order_idx" ON "_leaders_v_version_citations" USING btree ("_order");
  CREATE INDEX "_leaders_v_version_citations_parent_id_idx" ON "_leaders_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_leaders_v_version_citations_fact_idx" ON "_leaders_v_version_citations" USING btree ("fact");
  CREATE INDEX "_leaders_v_version_citations_source_idx" ON "_leaders_v_version_citations" USING btree ("source_id");
  CREATE INDEX "_leaders_v_parent_idx" ON "_leaders_v" USING btree ("parent_id");
  CREATE INDEX "_leaders_v_version_version_slug_idx" ON "_leaders_v" USING btree ("version_slug");
  CREATE INDEX "_leaders_v_version_version_review_state_idx" ON "_leaders_v" USING btree ("version_review_state");
  CREATE INDEX "_leaders_v_version_version_updated_at_idx" ON "_leaders_v" USING btree ("version_updated_at");
  CREATE INDEX "_leaders_v_version_version_created_at_idx" ON "_leaders_v" USING btree ("version_created_at");
  CREATE INDEX "_leaders_v_version_version__status_idx" ON "_leaders_v" USING btree ("version__status");
  CREATE INDEX "_leaders_v_created_at_idx" ON "_leaders_v" USING btree ("created_at");
  CREATE INDEX "_leaders_v_updated_at_idx" ON "_leaders_v" USING btree ("updated_at");
  CREATE INDEX "_leaders_v_latest_idx" ON "_leaders_v" USING btree ("latest");
  CREATE INDEX "_leaders_v_rels_order_idx" ON "_leaders_v_rels" USING btree ("order");
  CREATE INDEX "_leaders_v_rels_parent_idx" ON "_leaders_v_rels" USING btree ("parent_id");
  CREATE INDEX "_leaders_v_rels_path_idx" ON "_leaders_v_rels" USING btree ("path");
  CREATE INDEX "_leaders_v_rels_users_id_idx" ON "_leaders_v_rels" USING btree ("users_id");
  CREATE INDEX "polities_citations_order_idx" ON "polities_citations" USING btree ("_order");
  CREATE INDEX "polities_citations_parent_id_idx" ON "polities_citations" USING btree ("_parent_id");
  CREATE INDEX "polities_citations_fact_idx" ON "polities_citations" USING btree ("fact");
  CREATE INDEX "polities_citations_source_idx" ON "polities_citations" USING btree ("source_id");
  CREATE INDEX "_polities_v_version_alternate_names_order_idx" ON "_polities_v_version_alternate_names" USING btree ("_order");
  CREATE INDEX "_polities_v_version_alternate_names_parent_id_idx" ON "_polities_v_version_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "_polities_v_version_citations_order_idx" ON "_polities_v_version_citations" USING btree ("_order");
  CREATE INDEX "_polities_v_version_citations_parent_id_idx" ON "_polities_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_polities_v_version_citations_fact_idx" ON "_polities_v_version_citations" USING btree ("fact");
  CREATE INDEX "_polities_v_version_citations_source_idx" ON "_polities_v_version_citations" USING btree ("source_id");
  CREATE INDEX "_polities_v_parent_idx" ON "_polities_v" USING btree ("parent_id");
  CREATE INDEX "_polities_v_version_version_slug_idx" ON "_polities_v" USING btree ("version_slug");
  CREATE INDEX "_polities_v_version_version_review_state_idx" ON "_polities_v" USING btree ("version_review_state");
  CREATE INDEX "_polities_v_version_version_updated_at_idx" ON "_polities_v" USING btree ("version_updated_at");
  CREATE INDEX "_polities_v_version_version_created_at_idx" ON "_polities_v" USING btree ("version_created_at");
  CREATE INDEX "_polities_v_version_version__status_idx" ON "_polities_v" USING btree ("version__status");
  CREATE INDEX "_polities_v_created_at_idx" ON "_polities_v" USING btree ("created_at");
  CREATE INDEX "_polities_v_updated_at_idx" ON "_polities_v" USING btree ("updated_at");
  CREATE INDEX "_polities_v_latest_idx" ON "_polities_v" USING btree ("latest");
  CREATE INDEX "_polities_v_texts_order_parent" ON "_polities_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_polities_v_rels_order_idx" ON "_polities_v_rels" USING btree ("order");
  CREATE INDEX "_polities_v_rels_parent_idx" ON "_polities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_polities_v_rels_path_idx" ON "_polities_v_rels" USING btree ("path");
  CREATE INDEX "_polities_v_rels_polities_id_idx" ON "_polities_v_rels" USING btree ("polities_id");
  CREATE INDEX "_polities_v_rels_users_id_idx" ON "_polities_v_rels" USING btree ("users_id");
  CREATE INDEX "places_citations_order_idx" ON "places_citations" USING btree ("_order");
  CREATE INDEX "places_citations_parent_id_idx" ON "places_citations" USING btree ("_parent_id");
  CREATE INDEX "places_citations_fact_idx" ON "places_citations" USING btree ("fact");
  CREATE INDEX "places_citations_source_idx" ON "places_citations" USING btree ("source_id");
  CREATE INDEX "places_rels_order_idx" ON "places_rels" USING btree ("order");
  CREATE INDEX "places_rels_parent_idx" ON "places_rels" USING btree ("parent_id");
  CREATE INDEX "places_rels_path_idx" ON "places_rels" USING btree ("path");
  CREATE INDEX "places_rels_users_id_idx" ON "places_rels" USING btree ("users_id");
  CREATE INDEX "_places_v_version_alternate_names_order_idx" ON "_places_v_version_alternate_names" USING btree ("_order");
  CREATE INDEX "_places_v_version_alternate_names_parent_id_idx" ON "_places_v_version_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "_places_v_version_citations_order_idx" ON "_places_v_version_citations" USING btree ("_order");
  CREATE INDEX "_places_v_version_citations_parent_id_idx" ON "_places_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_places_v_version_citations_fact_idx" ON "_places_v_version_citations" USING btree ("fact");
  CREATE INDEX "_places_v_version_citations_source_idx" ON "_places_v_version_citations" USING btree ("source_id");
  CREATE INDEX "_places_v_parent_idx" ON "_places_v" USING btree ("parent_id");
  CREATE INDEX "_places_v_version_version_slug_idx" ON "_places_v" USING btree ("version_slug");
  CREATE INDEX "_places_v_version_version_polity_idx" ON "_places_v" USING btree ("version_polity_id");
  CREATE INDEX "_places_v_version_version_review_state_idx" ON "_places_v" USING btree ("version_review_state");
  CREATE INDEX "_places_v_version_version_updated_at_idx" ON "_places_v" USING btree ("version_updated_at");
  CREATE INDEX "_places_v_version_version_created_at_idx" ON "_places_v" USING btree ("version_created_at");
  CREATE INDEX "_places_v_version_version__status_idx" ON "_places_v" USING btree ("version__status");
  CREATE INDEX "_places_v_created_at_idx" ON "_places_v" USING btree ("created_at");
  CREATE INDEX "_places_v_updated_at_idx" ON "_places_v" USING btree ("updated_at");
  CREATE INDEX "_places_v_latest_idx" ON "_places_v" USING btree ("latest");
  CREATE INDEX "_places_v_rels_order_idx" ON "_places_v_rels" USING btree ("order");
  CREATE INDEX "_places_v_rels_parent_idx" ON "_places_v_rels" USING btree ("parent_id");
  CREATE INDEX "_places_v_rels_path_idx" ON "_places_v_rels" USING btree ("path");
  CREATE INDEX "_places_v_rels_users_id_idx" ON "_places_v_rels" USING btree ("users_id");
  CREATE INDEX "people_citations_order_idx" ON "people_citations" USING btree ("_order");
  CREATE INDEX "people_citations_parent_id_idx" ON "people_citations" USING btree ("_parent_id");
  CREATE INDEX "people_citations_fact_idx" ON "people_citations" USING btree ("fact");
  CREATE INDEX "people_citations_source_idx" ON "people_citations" USING btree ("source_id");
  CREATE INDEX "people_rels_order_idx" ON "people_rels" USING btree ("order");
  CREATE INDEX "people_rels_parent_idx" ON "people_rels" USING btree ("parent_id");
  CREATE INDEX "people_rels_path_idx" ON "people_rels" USING btree ("path");
  CREATE INDEX "people_rels_users_id_idx" ON "people_rels" USING btree ("users_id");
  CREATE INDEX "_people_v_version_alternate_names_order_idx" ON "_people_v_version_alternate_names" USING btree ("_order");
  CREATE INDEX "_people_v_version_alternate_names_parent_id_idx" ON "_people_v_version_alternate_names" USING btree ("_parent_id");
  CREATE INDEX "_people_v_version_offices_order_idx" ON "_people_v_version_offices" USING btree ("_order");
  CREATE INDEX "_people_v_version_offices_parent_id_idx" ON "_people_v_version_offices" USING btree ("_parent_id");
  CREATE INDEX "_people_v_version_offices_polity_idx" ON "_people_v_version_offices" USING btree ("polity_id");
  CREATE INDEX "_people_v_version_citations_order_idx" ON "_people_v_version_citations" USING btree ("_order");
  CREATE INDEX "_people_v_version_citations_parent_id_idx" ON "_people_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_people_v_version_citations_fact_idx" ON "_people_v_version_citations" USING btree ("fact");
  CREATE INDEX "_people_v_version_citations_source_idx" ON "_people_v_version_citations" USING btree ("source_id");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_slug_idx" ON "_people_v" USING btree ("version_slug");
  CREATE INDEX "_people_v_version_version_review_state_idx" ON "_people_v" USING btree ("version_review_state");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_version_version__status_idx" ON "_people_v" USING btree ("version__status");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "_people_v_latest_idx" ON "_people_v" USING btree ("latest");
  CREATE INDEX "_people_v_rels_order_idx" ON "_people_v_rels" USING btree ("order");
  CREATE INDEX "_people_v_rels_parent_idx" ON "_people_v_rels" USING btree ("parent_id");
  CREATE INDEX "_people_v_rels_path_idx" ON "_people_v_rels" USING btree ("path");
  CREATE INDEX "_people_v_rels_users_id_idx" ON "_people_v_rels" USING btree ("users_id");
  ALTER TABLE "polities_rels" ADD CONSTRAINT "polities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tombstones_fk" FOREIGN KEY ("tombstones_id") REFERENCES "public"."tombstones"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_version_id_idx" ON "review_events" USING btree ("version_id");
  CREATE INDEX "leaders_review_state_idx" ON "leaders" USING btree ("review_state");
  CREATE INDEX "leaders__status_idx" ON "leaders" USING btree ("_status");
  CREATE INDEX "polities_review_state_idx" ON "polities" USING btree ("review_state");
  CREATE INDEX "polities__status_idx" ON "polities" USING btree ("_status");
  CREATE INDEX "polities_rels_users_id_idx" ON "polities_rels" USING btree ("users_id");
  CREATE INDEX "places_review_state_idx" ON "places" USING btree ("review_state");
  CREATE INDEX "places__status_idx" ON "places" USING btree ("_status");
  CREATE INDEX "people_review_state_idx" ON "people" USING btree ("review_state");
  CREATE INDEX "people__status_idx" ON "people" USING btree ("_status");
  CREATE INDEX "payload_locked_documents_rels_tombstones_id_idx" ON "payload_locked_documents_rels" USING btree ("tombstones_id");`)
  // Not generated: reference data that was public stays public, now as approved versions.
  await publishExistingReferenceData({ db })
  // Not generated: approved versions and review events become unchangeable (see versionImmutability.ts).
  await db.execute(sql.raw(protectApprovedVersionsSql(REVIEWED_COLLECTIONS)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(unprotectApprovedVersionsSql()))
  await db.execute(sql`
   ALTER TABLE "tombstones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaders_v_version_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaders_v_version_offices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaders_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaders_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaders_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polities_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v_version_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_polities_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_alternate_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_offices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tombstones" CASCADE;
  DROP TABLE "leaders_citations" CASCADE;
  DROP TABLE "leaders_rels" CASCADE;
  DROP TABLE "_leaders_v_version_alternate_names" CASCADE;
  DROP TABLE "_leaders_v_version_offices" CASCADE;
  DROP TABLE "_leaders_v_version_citations" CASCADE;
  DROP TABLE "_leaders_v" CASCADE;
  DROP TABLE "_leaders_v_rels" CASCADE;
  DROP TABLE "polities_citations" CASCADE;
  DROP TABLE "_polities_v_version_alternate_names" CASCADE;
  DROP TABLE "_polities_v_version_citations" CASCADE;
  DROP TABLE "_polities_v" CASCADE;
  DROP TABLE "_polities_v_texts" CASCADE;
  DROP TABLE "_polities_v_rels" CASCADE;
  DROP TABLE "places_citations" CASCADE;
  DROP TABLE "places_rels" CASCADE;
  DROP TABLE "_places_v_version_alternate_names" CASCADE;
  DROP TABLE "_places_v_version_citations" CASCADE;
  DROP TABLE "_places_v" CASCADE;
  DROP TABLE "_places_v_rels" CASCADE;
  DROP TABLE "people_citations" CASCADE;
  DROP TABLE "people_rels" CASCADE;
  DROP TABLE "_people_v_version_alternate_names" CASCADE;
  DROP TABLE "_people_v_version_offices" CASCADE;
  DROP TABLE "_people_v_version_citations" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "_people_v_rels" CASCADE;
  ALTER TABLE "polities_rels" DROP CONSTRAINT "polities_rels_users_fk";
  
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
  ALTER TABLE "review_events" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_collection";
  CREATE TYPE "public"."enum_review_events_collection" AS ENUM('trips', 'sources');
  ALTER TABLE "review_events" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_review_events_collection" USING "collection"::"public"."enum_review_events_collection";
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
  DROP INDEX "leaders_review_state_idx";
  DROP INDEX "leaders__status_idx";
  DROP INDEX "polities_review_state_idx";
  DROP INDEX "polities__status_idx";
  DROP INDEX "polities_rels_users_id_idx";
  DROP INDEX "places_review_state_idx";
  DROP INDEX "places__status_idx";
  DROP INDEX "people_review_state_idx";
  DROP INDEX "people__status_idx";
  DROP INDEX "payload_locked_documents_rels_tombstones_id_idx";
  ALTER TABLE "leaders_alternate_names" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "leaders_offices" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "leaders" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "leaders" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "polities_alternate_names" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "polities" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "polities" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "places_alternate_names" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "places" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "places" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "people_alternate_names" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "people_offices" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "people" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "people" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "review_events" DROP COLUMN "content_hash";
  ALTER TABLE "leaders" DROP COLUMN "review_state";
  ALTER TABLE "leaders" DROP COLUMN "approved_at";
  ALTER TABLE "leaders" DROP COLUMN "_status";
  ALTER TABLE "polities" DROP COLUMN "review_state";
  ALTER TABLE "polities" DROP COLUMN "approved_at";
  ALTER TABLE "polities" DROP COLUMN "_status";
  ALTER TABLE "polities_rels" DROP COLUMN "users_id";
  ALTER TABLE "places" DROP COLUMN "review_state";
  ALTER TABLE "places" DROP COLUMN "approved_at";
  ALTER TABLE "places" DROP COLUMN "_status";
  ALTER TABLE "people" DROP COLUMN "review_state";
  ALTER TABLE "people" DROP COLUMN "approved_at";
  ALTER TABLE "people" DROP COLUMN "_status";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tombstones_id";
  DROP TYPE "public"."enum_tombstones_collection";
  DROP TYPE "public"."enum_leaders_review_state";
  DROP TYPE "public"."enum_leaders_status";
  DROP TYPE "public"."enum__leaders_v_version_review_state";
  DROP TYPE "public"."enum__leaders_v_version_status";
  DROP TYPE "public"."enum_polities_review_state";
  DROP TYPE "public"."enum_polities_status";
  DROP TYPE "public"."enum__polities_v_version_review_state";
  DROP TYPE "public"."enum__polities_v_version_status";
  DROP TYPE "public"."enum_places_review_state";
  DROP TYPE "public"."enum_places_status";
  DROP TYPE "public"."enum__places_v_version_kind";
  DROP TYPE "public"."enum__places_v_version_review_state";
  DROP TYPE "public"."enum__places_v_version_status";
  DROP TYPE "public"."enum_people_review_state";
  DROP TYPE "public"."enum_people_status";
  DROP TYPE "public"."enum__people_v_version_review_state";
  DROP TYPE "public"."enum__people_v_version_status";`)
}
