CREATE TABLE "article_analyses" (
	"article_id" text PRIMARY KEY NOT NULL,
	"engine_version" text NOT NULL,
	"analysed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_report_keys" (
	"key" bigint NOT NULL,
	"report_id" text NOT NULL,
	CONSTRAINT "event_report_keys_key_report_id_pk" PRIMARY KEY("key","report_id")
);
--> statement-breakpoint
CREATE TABLE "event_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"position" integer NOT NULL,
	"payload" text NOT NULL,
	"rank" integer NOT NULL,
	"date_start" date,
	"date_end" date,
	"parent_id" text,
	"tree_id" text NOT NULL,
	"event_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"article" jsonb,
	"origin" text NOT NULL,
	"run_id" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"outcome" text,
	"article_id" text,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staged_analyses" (
	"article_id" text PRIMARY KEY NOT NULL,
	"engine_version" text NOT NULL,
	"reports" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_mentions" DROP CONSTRAINT "event_mentions_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "event_participants" DROP CONSTRAINT "event_participants_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "base_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "article_analyses" ADD CONSTRAINT "article_analyses_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_report_keys" ADD CONSTRAINT "event_report_keys_report_id_event_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."event_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reports" ADD CONSTRAINT "event_reports_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staged_analyses" ADD CONSTRAINT "staged_analyses_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_report_keys_report_idx" ON "event_report_keys" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "event_reports_article_idx" ON "event_reports" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "event_reports_parent_idx" ON "event_reports" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "event_reports_tree_idx" ON "event_reports" USING btree ("tree_id");--> statement-breakpoint
CREATE INDEX "event_reports_event_idx" ON "event_reports" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "ingest_jobs_status_idx" ON "ingest_jobs" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "ingest_jobs_run_idx" ON "ingest_jobs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "ingest_jobs_hash_idx" ON "ingest_jobs" USING btree ("content_hash");--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "events_base_id_idx" ON "events" USING btree ("base_id");--> statement-breakpoint
ALTER TABLE "event_facet_counts" ADD CONSTRAINT "event_facet_counts_key" UNIQUE("facet","key","type","modality");--> statement-breakpoint
ALTER TABLE "event_year_counts" ADD CONSTRAINT "event_year_counts_key" UNIQUE NULLS NOT DISTINCT("year","type","modality","country");