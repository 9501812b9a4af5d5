import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, pgTable, primaryKey, real, serial, text, timestamp, uniqueIndex,
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
    titleEn: text('title_en').notNull(),
    titleAr: text('title_ar').notNull(),
    locationId: text('location_id').references(() => entities.id),
    /** The first person taking part (or the first participant), and the country it belongs to: the lanes of the timeline. */
    mainParticipantId: text('main_participant_id').references(() => entities.id),
    country: text('country'),
    confidence: real('confidence').notNull(),
    /** Titles, names and quotes folded with `foldForMatch`, so a search matches Arabic the way people type it. */
    searchText: text('search_text').notNull(),
  },
  // Besides these, migrations add what Drizzle cannot declare: the trigram index on `search_text` (0001) and two
  // covering indexes (0002) that answer window queries from the index alone — a GiST on the date range (which
  // ranges overlap the window) and a btree on (date_start, id) (chronological order, counts per period).
  (t) => [
    index('events_date_end_idx').on(t.dateEnd),
    index('events_type_idx').on(t.type),
    index('events_country_idx').on(t.country),
    index('events_main_participant_idx').on(t.mainParticipantId),
    check('events_date_range_check', sql`(${t.dateStart} is null) = (${t.dateEnd} is null) and (${t.dateStart} is null or ${t.dateStart} <= ${t.dateEnd})`),
  ],
);

export const eventMentions = pgTable(
  'event_mentions',
  {
    id: serial('id').primaryKey(),
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
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
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
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
  (t) => [index('event_year_counts_year_idx').on(t.year)],
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
  (t) => [index('event_facet_counts_facet_idx').on(t.facet)],
);

/** One row whose version goes up whenever the events change: read-side caches key on it. */
export const corpusState = pgTable('corpus_state', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
