CREATE TABLE "retired_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"title_en" text NOT NULL,
	"title_ar" text NOT NULL,
	"note" text NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
