-- Free-text search matches a folded substring anywhere in an event's titles, names and quotes; a trigram index
-- lets LIKE '%…%' use an index instead of reading every event.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_search_trgm_idx" ON "events" USING gin ("search_text" gin_trgm_ops);
