CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"file" text,
	"title" text NOT NULL,
	"title_en" text,
	"outlet" text,
	"url" text,
	"published" text,
	"published_precision" text,
	"published_note" text,
	"text" text NOT NULL,
	"content_hash" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_precision_check" CHECK (("articles"."published" is null) = ("articles"."published_precision" is null))
);
--> statement-breakpoint
CREATE TABLE "corpus_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ar" text NOT NULL,
	"country" text
);
--> statement-breakpoint
CREATE TABLE "event_aliases" (
	"alias_id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_mentions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"article_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"quote" text NOT NULL,
	"date_span_start" integer,
	"date_span_end" integer,
	CONSTRAINT "event_mentions_span_check" CHECK ("event_mentions"."start" >= 0 and "event_mentions"."start" < "event_mentions"."end")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"role" text,
	"position" integer NOT NULL,
	CONSTRAINT "event_participants_event_id_entity_id_pk" PRIMARY KEY("event_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"modality" text NOT NULL,
	"date_start" date,
	"date_end" date,
	"precision" text,
	"approximate" boolean DEFAULT false NOT NULL,
	"date_mod" text,
	"date_text" text,
	"date_basis" text,
	"date_explanation" text,
	"title_en" text NOT NULL,
	"title_ar" text NOT NULL,
	"location_id" text,
	"main_participant_id" text,
	"country" text,
	"confidence" real NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "events_date_range_check" CHECK (("events"."date_start" is null) = ("events"."date_end" is null) and ("events"."date_start" is null or "events"."date_start" <= "events"."date_end"))
);
--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_location_id_entities_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_main_participant_id_entities_id_fk" FOREIGN KEY ("main_participant_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_idx" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_file_idx" ON "articles" USING btree ("file");--> statement-breakpoint
CREATE INDEX "event_mentions_event_idx" ON "event_mentions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_mentions_article_idx" ON "event_mentions" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "event_participants_entity_idx" ON "event_participants" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "events_date_start_idx" ON "events" USING btree ("date_start","id");--> statement-breakpoint
CREATE INDEX "events_date_end_idx" ON "events" USING btree ("date_end");--> statement-breakpoint
CREATE INDEX "events_date_range_idx" ON "events" USING gist (daterange("date_start", "date_end", '[]'));--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "events_country_idx" ON "events" USING btree ("country");--> statement-breakpoint
CREATE INDEX "events_main_participant_idx" ON "events" USING btree ("main_participant_id");