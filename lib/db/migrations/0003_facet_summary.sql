CREATE TABLE "event_facet_counts" (
	"facet" text NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"modality" text NOT NULL,
	"events" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "event_facet_counts_facet_idx" ON "event_facet_counts" USING btree ("facet");--> statement-breakpoint
-- The summary starts from the events already stored; from now on every rebuild of the events refreshes it.
INSERT INTO "event_facet_counts" ("facet", "key", "type", "modality", "events")
  SELECT 'participant', p."entity_id", e."type", e."modality", count(*)::int
  FROM "event_participants" p JOIN "events" e ON e."id" = p."event_id" AND e."date_start" IS NOT NULL
  GROUP BY p."entity_id", e."type", e."modality";--> statement-breakpoint
INSERT INTO "event_facet_counts" ("facet", "key", "type", "modality", "events")
  SELECT 'country', c."country", e."type", e."modality", count(*)::int
  FROM (
    SELECT p."event_id", n."country" FROM "event_participants" p JOIN "entities" n ON n."id" = p."entity_id" WHERE n."country" IS NOT NULL
    UNION
    SELECT v."id", n."country" FROM "events" v JOIN "entities" n ON n."id" = v."location_id" WHERE n."country" IS NOT NULL
  ) c JOIN "events" e ON e."id" = c."event_id" AND e."date_start" IS NOT NULL
  GROUP BY c."country", e."type", e."modality";
