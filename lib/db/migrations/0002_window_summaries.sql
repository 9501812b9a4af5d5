CREATE TABLE "event_year_counts" (
	"year" integer NOT NULL,
	"type" text NOT NULL,
	"modality" text NOT NULL,
	"country" text,
	"events" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "events_date_start_idx";--> statement-breakpoint
DROP INDEX "events_date_range_idx";--> statement-breakpoint
CREATE INDEX "event_year_counts_year_idx" ON "event_year_counts" USING btree ("year");--> statement-breakpoint
-- Covering indexes (Drizzle cannot declare INCLUDE): window queries read the index alone, not the wide event rows.
-- Which ranges overlap a window, with what list and cluster queries filter on.
CREATE INDEX "events_date_range_covering_idx" ON "events" USING gist (daterange("date_start", "date_end", '[]')) INCLUDE ("date_start", "date_end", "type", "modality", "id");--> statement-breakpoint
-- Chronological order, and counts per period with their lanes.
CREATE INDEX "events_date_start_covering_idx" ON "events" USING btree ("date_start", "id") INCLUDE ("date_end", "type", "modality", "country", "main_participant_id");--> statement-breakpoint
-- The summary starts from the events already stored; from now on every rebuild of the events refreshes it.
INSERT INTO "event_year_counts" ("year", "type", "modality", "country", "events")
  SELECT extract(year FROM "date_start")::int, "type", "modality", "country", count(*)::int FROM "events" WHERE "date_start" IS NOT NULL GROUP BY 1, 2, 3, 4;
