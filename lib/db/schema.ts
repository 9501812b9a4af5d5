import { sql } from 'drizzle-orm';
import type { DateReason } from '@/lib/domain/date-reason';
import {
  bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, real, serial, text, timestamp, unique, uniqueIndex,
} from 'drizzle-orm/pg-core';

/** An article exactly as received: `text` is never modified, offsets of mentions index into it. */
export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    file: text('file'),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    outlet: text('outlet'),
    url: text('url'),
    /** YYYY-MM-DD or YYYY-MM, as precise as what is known. */
    published: text('published'),
    publishedPrecision: text('published_precision', { enum: ['day', 'month'] }),
    publishedNote: text('published_note'),
    text: text('text').notNull(),
    /** SHA-256 of the text with whitespace collapsed: the same article pasted twice is stored once. */
    contentHash: text('content_hash').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('articles_content_hash_idx').on(t.contentHash),
    uniqueIndex('articles_file_idx').on(t.file),
    check('articles_precision_check', sql`(${t.published} is null) = (${t.publishedPrecision} is null)`),
  ],
);

export const entities = pgTable('entities', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['person', 'country', 'city', 'organisation'] }).notNull(),
  nameEn: text('name_en').notNull(),
  nameAr: text('name_ar').notNull(),
  country: text('country'),
});

export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    modality: text('modality').notNull(),
    dateStart: date('date_start', { mode: 'string' }),
    dateEnd: date('date_end', { mode: 'string' }),
    precision: text('precision'),
    approximate: boolean('approximate').notNull().default(false),
    dateMod: text('date_mod'),
    dateText: text('date_text'),
    dateBasis: text('date_basis'),
    dateExplanation: text('date_explanation'),
    /** The explanation in no language (lib/domain/date-reason.ts), read in the reader's; null on rows stored before it. */
    dateReason: jsonb('date_reason').$type<DateReason>(),
    titleEn: text('title_en').notNull(),
    titleAr: text('title_ar').notNull(),
    locationId: text('location_id').references(() => entities.id),
    /** The first person taking part (or the first participant), and the country it belongs to: the lanes of the timeline. */
    mainParticipantId: text('main_participant_id').references(() => entities.id),
    country: text('country'),
    confidence: real('confidence').notNull(),
    /** Titles, names and quotes folded with `foldForMatch`, so a search matches Arabic the way people type it. */
    searchText: text('search_text').notNull(),
    /** The id before any -2, -3 suffix (lib/extract/ids.ts): events sharing it are numbered together. */
    baseId: text('base_id'),
    /** A hash of everything the event is but its id: a write leaves an event whose fingerprint is unchanged alone. */
    fingerprint: text('fingerprint'),
  },
  // Besides these, migrations add what Drizzle cannot declare: the trigram index on `search_text` (0001) and two
  // covering indexes (0002) that answer window queries from the index alone — a GiST on the date range (which
  // ranges overlap the window) and a btree on (date_start, id) (chronological order, counts per period).
  (t) => [
    index('events_date_end_idx').on(t.dateEnd),
    index('events_type_idx').on(t.type),
    index('events_country_idx').on(t.country),
    index('events_main_participant_idx').on(t.mainParticipantId),
    index('events_base_id_idx').on(t.baseId),
    check('events_date_range_check', sql`(${t.dateStart} is null) = (${t.dateEnd} is null) and (${t.dateStart} is null or ${t.dateStart} <= ${t.dateEnd})`),
  ],
);

export const eventMentions = pgTable(
  'event_mentions',
  {
    id: serial('id').primaryKey(),
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    dateStart: integer('date_span_start'),
    dateEnd: integer('date_span_end'),
  },
  (t) => [
    index('event_mentions_event_idx').on(t.eventId),
    index('event_mentions_article_idx').on(t.articleId),
    check('event_mentions_span_check', sql`${t.start} >= 0 and ${t.start} < ${t.end}`),
  ],
);

export const eventParticipants = pgTable(
  'event_participants',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    entityId: text('entity_id').notNull().references(() => entities.id),
    role: text('role'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.entityId] }), index('event_participants_entity_idx').on(t.entityId)],
);

/** Ids that events had before a re-extraction merged or re-dated them, so old permalinks still lead somewhere. */
export const eventAliases = pgTable('event_aliases', {
  aliasId: text('alias_id').primaryKey(),
  eventId: text('event_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Events that vanished (their article was removed): their permalinks answer 410 with this note rather than 404. */
export const retiredEvents = pgTable('retired_events', {
  eventId: text('event_id').primaryKey(),
  titleEn: text('title_en').notNull(),
  titleAr: text('title_ar').notNull(),
  /** Why the event is gone, in a sentence for its readers. */
  note: text('note').notNull(),
  retiredAt: timestamp('retired_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * How many dated events start in each year, per type, modality and lane country: the clusters of a zoomed-out
 * timeline are summed from these few thousand rows instead of counting every event. Rebuilt with the events.
 */
export const eventYearCounts = pgTable(
  'event_year_counts',
  {
    year: integer('year').notNull(),
    type: text('type').notNull(),
    modality: text('modality').notNull(),
    /** The event's lane country (`events.country`); null when unknown. */
    country: text('country'),
    events: integer('events').notNull(),
  },
  (t) => [
    index('event_year_counts_year_idx').on(t.year),
    // One row per combination, so a write adds to and takes from its rows instead of recounting every event.
    unique('event_year_counts_key').on(t.year, t.type, t.modality, t.country).nullsNotDistinct(),
  ],
);

/**
 * How many dated events each participant and each country takes part in, per type and modality: the counts beside
 * the participant and country filters, without joining every event to its participants. Rebuilt with the events.
 */
export const eventFacetCounts = pgTable(
  'event_facet_counts',
  {
    facet: text('facet', { enum: ['participant', 'country'] }).notNull(),
    /** An entity id for participants, a country code for countries (a participant's or the place's). */
    key: text('key').notNull(),
    type: text('type').notNull(),
    modality: text('modality').notNull(),
    events: integer('events').notNull(),
  },
  (t) => [index('event_facet_counts_facet_idx').on(t.facet), unique('event_facet_counts_key').on(t.facet, t.key, t.type, t.modality)],
);

/** One row whose version goes up whenever the events change: read-side caches key on it. */
export const corpusState = pgTable('corpus_state', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which version of the engine analysed each article (lib/db/engine-version.ts). Articles whose analysis is older than
 * the running engine are re-analysed by `npm run reextract`; 'generated' marks synthetic articles whose events a
 * generator wrote directly.
 */
export const articleAnalyses = pgTable('article_analyses', {
  articleId: text('article_id').primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
  engineVersion: text('engine_version').notNull(),
  analysedAt: timestamp('analysed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each article's reports (lib/extract/reports.ts): one event as one article tells it. Events are made of reports
 * (lib/extract/corpus-merge.ts): each report joins the first report before it in the merge order (rank, date, start,
 * article, position) that it could be one event with. A write re-derives only the trees it touches.
 */
export const eventReports = pgTable(
  'event_reports',
  {
    /** `<article id>#<position>` */
    id: text('id').primaryKey(),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The report as JSON text: written and read whole, never queried inside. */
    payload: text('payload').notNull(),
    /** Where the report stands in the merge order: its date's rank and range. */
    rank: integer('rank').notNull(),
    dateStart: date('date_start', { mode: 'string' }),
    dateEnd: date('date_end', { mode: 'string' }),
    /** The report it joined, if any. */
    parentId: text('parent_id'),
    /** The first report of the reports joined through one another. */
    treeId: text('tree_id').notNull(),
    /** The event it is part of. */
    eventId: text('event_id').notNull(),
  },
  (t) => [
    index('event_reports_article_idx').on(t.articleId),
    index('event_reports_parent_idx').on(t.parentId),
    index('event_reports_tree_idx').on(t.treeId),
    index('event_reports_event_idx').on(t.eventId),
  ],
);

/**
 * The index a new report finds the reports it could merge with through: one row per blocking key (family, status,
 * person or place, month; lib/extract/corpus-merge.ts), hashed to 52 bits. The same numbers are the write locks.
 */
export const eventReportKeys = pgTable(
  'event_report_keys',
  {
    key: bigint('key', { mode: 'number' }).notNull(),
    reportId: text('report_id').notNull().references(() => eventReports.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.key, t.reportId] }), index('event_report_keys_report_idx').on(t.reportId)],
);

/** Analyses of a newer engine, made while the app serves the events of the older one; `npm run reextract` switches. */
export const stagedAnalyses = pgTable('staged_analyses', {
  articleId: text('article_id').primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
  engineVersion: text('engine_version').notNull(),
  /** The article's reports as JSON text. */
  reports: text('reports').notNull(),
});

/**
 * Articles waiting to be ingested, and what became of them: the web app's queued submissions and bulk ingests.
 * Workers take them with `FOR UPDATE SKIP LOCKED` in the transaction that stores them, so a worker that dies leaves
 * its jobs queued and two workers never take the same job.
 */
export const ingestJobs = pgTable(
  'ingest_jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contentHash: text('content_hash').notNull(),
    /** The article to store (lib/db/articles.ts NewArticle); emptied once done. */
    article: jsonb('article'),
    /** Where it came from, for messages: «api», «manifest.json entry 12», «feed.jsonl line 40». */
    origin: text('origin').notNull(),
    /** The bulk run that enqueued it last, so that run can count its own jobs. */
    runId: text('run_id'),
    status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull().default('queued'),
    /** For done jobs: whether the article was new or already stored. */
    outcome: text('outcome', { enum: ['added', 'present'] }),
    articleId: text('article_id'),
    /** The stored article's events and warnings, for the status URL. */
    result: jsonb('result'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('ingest_jobs_status_idx').on(t.status, t.id), index('ingest_jobs_run_idx').on(t.runId), index('ingest_jobs_hash_idx').on(t.contentHash)],
);
