import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { EventDate, EventType, ExtractedEvent, Modality, Participant, Place, Precision } from '@/lib/domain/event';
import { roleInArabic } from '@/lib/domain/countries';
import type { ViewFilters } from '@/lib/domain/filters';
import { foldForMatch } from '@/lib/extract/normalize';
import type { Queryable } from './client';
import { keepReadable, readableDates } from './readable';
import { articles, entities, eventMentions, eventParticipants, events } from './schema';

/** An article as a source of an event: what a reader needs to judge and follow it. */
export interface SourceArticle {
  id: string;
  file: string | null;
  title: string;
  titleEn: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publishedPrecision: 'day' | 'month' | null;
}

/** An event as stored, with the articles its mentions come from. */
export interface EventRecord extends ExtractedEvent {
  sources: SourceArticle[];
}

/** Every column a record is made of; `search_text`, the widest, serves only the search filter. */
const { searchText: _searchText, ...recordColumns } = getTableColumns(events);
type EventRow = Omit<typeof events.$inferSelect, 'searchText'>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Events that overlap the view's window, or nothing when the view has none. */
function windowCondition(filters: Pick<ViewFilters, 'from' | 'to'>): SQL | undefined {
  if (!filters.from && !filters.to) return undefined;
  // Written as the indexed expression so the GiST index on the range serves window queries.
  return sql`daterange(${events.dateStart}, ${events.dateEnd}, '[]') && daterange(${filters.from}::date, ${filters.to}::date, '[]')`;
}

/**
 * How events are matched to the chosen participants. 'joined' collects every event of those people and joins it to the
 * events in view (a hash of all their rows: right when the view holds many events); 'per-event' looks up the
 * participants of each event in view by its key (right when it holds few: a month of a busy corpus costs a tenth).
 */
export type ParticipantMatch = 'joined' | 'per-event';

/** Up to this many days, a window is checked event by event against the chosen participants. */
const PER_EVENT_MATCH_MAX_DAYS = 366;

/** 'per-event' for a window of at most a year, where only a few of the chosen people's events can lie. */
function participantMatchFor(from: string | null, to: string | null): ParticipantMatch {
  if (!from || !to) return 'joined';
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 <= PER_EVENT_MATCH_MAX_DAYS ? 'per-event' : 'joined';
}

function participantCondition(participants: string[], match: ParticipantMatch): SQL {
  if (match === 'joined') {
    return inArray(events.id, sql`(select ${eventParticipants.eventId} from ${eventParticipants} where ${inArray(eventParticipants.entityId, participants)})`);
  }
  // An aggregate the planner cannot turn into a join: one look-up of the event's own participants per event.
  const chosen = sql`array[${sql.join(participants.map((id) => sql`${id}`), sql`, `)}]::text[]`;
  return sql`(select array_agg(${eventParticipants.entityId}) from ${eventParticipants} where ${eventParticipants.eventId} = ${events.id}) && ${chosen}`;
}

/**
 * The WHERE conditions of a view; shared by every query that filters events. `match` says how participants are
 * matched; by default, by the width of the view's window.
 */
export function filterConditions(filters: ViewFilters, match: ParticipantMatch = participantMatchFor(filters.from, filters.to)): SQL[] {
  const conditions: SQL[] = [readableDates];
  const window = windowCondition(filters);
  if (window) conditions.push(window);
  if (filters.types.length) conditions.push(inArray(events.type, filters.types));
  if (filters.modalities.length) conditions.push(inArray(events.modality, filters.modalities));
  if (filters.participants.length) conditions.push(participantCondition(filters.participants, match));
  if (filters.countries.length) {
    const participantCountry = sql`(select ${eventParticipants.eventId} from ${eventParticipants} join ${entities} on ${entities.id} = ${eventParticipants.entityId} where ${inArray(entities.country, filters.countries)})`;
    const placeCountry = sql`(select ${entities.id} from ${entities} where ${inArray(entities.country, filters.countries)})`;
    conditions.push(or(inArray(events.id, participantCountry), inArray(events.locationId, placeCountry))!);
  }
  const q = foldForMatch(filters.q);
  if (q) conditions.push(sql`${events.searchText} like ${`%${escapeLike(q)}%`}`);
  return conditions;
}

export interface EventQuery extends ViewFilters {
  /**
   * true: the timeline's events (in the window); false: those kept but off the timeline (no window applies to them);
   * 'all': both, as the list of a view shows them, dated first in date order, then undated.
   */
  dated: boolean | 'all';
  limit?: number;
  offset?: number;
}

/** Everything the timeline can hold; exports and lists page through more than this. */
export const MAX_EVENTS_PER_QUERY = 100_000;

/** The WHERE clause of a query: the view's filters, and dated or undated events. */
function queryConditions(query: EventQuery): SQL | undefined {
  if (query.dated === 'all') {
    const window = windowCondition(query);
    const undatedOrInWindow = window ? or(isNull(events.dateStart), and(isNotNull(events.dateStart), window)) : undefined;
    return and(...filterConditions({ ...query, from: null, to: null }), undatedOrInWindow);
  }
  return and(...filterConditions(query), query.dated ? isNotNull(events.dateStart) : isNull(events.dateStart));
}

/** Events matching a view, in chronological order, with participants, mentions and sources. */
export async function queryEvents(db: Queryable, query: EventQuery): Promise<EventRecord[]> {
  const rows = await db
    .select(recordColumns)
    .from(events)
    .where(queryConditions(query))
    .orderBy(asc(events.dateStart), asc(events.dateEnd), asc(events.id))
    .limit(pageSize(query))
    .offset(query.offset ?? 0);
  return hydrate(db, rows);
}

function pageSize(query: EventQuery): number {
  return Math.min(query.limit ?? MAX_EVENTS_PER_QUERY, MAX_EVENTS_PER_QUERY);
}

/** A count that stops early: `exact` is false when there are more than `n` (the cap). */
export interface MatchCount {
  n: number;
  exact: boolean;
}

/** Lists say "1000+" rather than counting a whole zoomed-out window. */
export const COUNT_CAP = 1000;

/** How many events a view holds, for list paging and counts; stops counting past `cap`. */
export async function countMatching(db: Queryable, query: EventQuery, cap = COUNT_CAP): Promise<MatchCount> {
  const matches = db.select({ one: sql`1` }).from(events).where(queryConditions(query)).limit(cap + 1).as('matches');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matches);
  const n = row?.n ?? 0;
  return n > cap ? { n: cap, exact: false } : { n, exact: true };
}

/** A page of a view's events and how many the view holds, as the chronological list shows them. */
export async function queryEventPage(db: Queryable, query: EventQuery, cap = COUNT_CAP): Promise<{ events: EventRecord[]; total: MatchCount }> {
  if (query.q) return searchPage(db, query);
  const [page, total] = await Promise.all([queryEvents(db, query), countMatching(db, query, cap)]);
  return { events: page, total };
}

/**
 * A search's page and its exact count from one pass over its matches. The matches are gathered first, counted by
 * a window function that also keeps PostgreSQL from merging them into the ordered query: the planner cannot tell
 * how often a term occurs together with the other filters, and left to itself it reads the events in date order
 * hoping to meet the first matches early — a whole-table scan when a term and a type rarely go together. Gathered
 * first, they come from the trigram index.
 */
async function searchPage(db: Queryable, query: EventQuery): Promise<{ events: EventRecord[]; total: MatchCount }> {
  const matches = db
    .select({ id: events.id, dateStart: events.dateStart, dateEnd: events.dateEnd, matches: sql<number>`(count(*) over ())::int`.as('matches') })
    .from(events)
    .where(queryConditions(query))
    .as('matching');
  const page = db
    .select()
    .from(matches)
    .orderBy(asc(matches.dateStart), asc(matches.dateEnd), asc(matches.id))
    .limit(pageSize(query))
    .offset(query.offset ?? 0)
    .as('page');
  const rows = await db
    .select({ record: recordColumns, matches: page.matches })
    .from(page)
    .innerJoin(events, eq(events.id, page.id))
    .orderBy(asc(page.dateStart), asc(page.dateEnd), asc(page.id));
  // A page past the last match carries no count with it.
  const n = rows[0]?.matches ?? (query.offset ? (await countMatching(db, query, Number.MAX_SAFE_INTEGER - 1)).n : 0);
  return { events: await hydrate(db, rows.map((row) => row.record)), total: { n, exact: true } };
}

export async function getEvent(db: Queryable, id: string): Promise<EventRecord | null> {
  const rows = await db.select(recordColumns).from(events).where(eq(events.id, id)).limit(1);
  const [record] = await hydrate(db, rows);
  return record ?? null;
}

/**
 * The dated event right after (`step` 1) or before (-1) another in the chronology of a view, across its whole span
 * (the view's own window aside): the keyboard's walk. Order is the lists' (first day, last day, id). Without `of`,
 * the first or the last event. Null at either end, or when `of` is not a dated event.
 */
export async function neighbourEvent(db: Queryable, filters: ViewFilters, of: string | null, step: 1 | -1): Promise<EventRecord | null> {
  const conditions = [...filterConditions({ ...filters, from: null, to: null }), isNotNull(events.dateStart)];
  if (of) {
    const [anchor] = await db.select({ start: events.dateStart, end: events.dateEnd }).from(events).where(eq(events.id, of)).limit(1);
    if (!anchor?.start || !anchor.end) return null;
    const key = sql`(${events.dateStart}, ${events.dateEnd}, ${events.id})`;
    const at = sql`(${anchor.start}::date, ${anchor.end}::date, ${of})`;
    conditions.push(step === 1 ? sql`${key} > ${at}` : sql`${key} < ${at}`);
  }
  const order = step === 1 ? [asc(events.dateStart), asc(events.dateEnd), asc(events.id)] : [desc(events.dateStart), desc(events.dateEnd), desc(events.id)];
  const rows = await db.select(recordColumns).from(events).where(and(...conditions)).orderBy(...order).limit(1);
  const [record] = await hydrate(db, rows);
  return record ?? null;
}

/** Events with a mention in one article, for highlighting its text. */
export async function eventsOfArticle(db: Queryable, articleId: string): Promise<EventRecord[]> {
  const ids = db.selectDistinct({ id: eventMentions.eventId }).from(eventMentions).where(eq(eventMentions.articleId, articleId));
  const rows = await db.select(recordColumns).from(events).where(inArray(events.id, ids)).orderBy(asc(events.dateStart), asc(events.id));
  return hydrate(db, rows);
}

/** The people, countries and organisations that take part in events, for the participant filter. */
export async function listParticipants(db: Queryable): Promise<Array<{ id: string; nameEn: string; nameAr: string; kind: string; country: string | null; events: number }>> {
  return db
    .select({
      id: entities.id,
      nameEn: entities.nameEn,
      nameAr: entities.nameAr,
      kind: entities.kind,
      country: entities.country,
      events: sql<number>`count(*)::int`,
    })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
    .groupBy(entities.id)
    .orderBy(asc(entities.nameEn));
}

/**
 * Rows hydrated per round of look-ups: a long export takes several short queries rather than one long one, so other
 * requests get their turn on an embedded database, which runs one query at a time.
 */
const HYDRATE_CHUNK = 500;

/** Records of the stored rows the readers can show, with participants, mentions and sources. */
async function hydrate(db: Queryable, stored: EventRow[]): Promise<EventRecord[]> {
  const rows = keepReadable(stored);
  const records: EventRecord[] = [];
  for (let i = 0; i < rows.length; i += HYDRATE_CHUNK) records.push(...(await hydrateChunk(db, rows.slice(i, i + HYDRATE_CHUNK))));
  return records;
}

const sourceColumns = {
  id: articles.id, file: articles.file, title: articles.title, titleEn: articles.titleEn, outlet: articles.outlet, url: articles.url,
  published: articles.published, publishedPrecision: articles.publishedPrecision,
};

/** Oldest source first (unknown dates last, as PostgreSQL sorts them), then by article and position. */
function bySource(a: { published: string | null; articleId: string; start: number }, b: typeof a): number {
  if (a.published !== b.published) return a.published === null ? 1 : b.published === null ? -1 : a.published < b.published ? -1 : 1;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start;
}

async function hydrateChunk(db: Queryable, rows: EventRow[]): Promise<EventRecord[]> {
  const ids = rows.map((row) => row.id);
  // The sources are looked up by key from the articles their mentions name: joined, the planner would read every
  // article to hash it.
  const mentioned = db.selectDistinct({ id: eventMentions.articleId }).from(eventMentions).where(inArray(eventMentions.eventId, ids));
  const [participantRows, mentionRows, sourceRows, placeRows] = await Promise.all([
    db
      .select({ eventId: eventParticipants.eventId, role: eventParticipants.role, position: eventParticipants.position, entity: entities })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids))
      .orderBy(asc(eventParticipants.eventId), asc(eventParticipants.position)),
    db.select().from(eventMentions).where(inArray(eventMentions.eventId, ids)),
    db.select(sourceColumns).from(articles).where(sql`${articles.id} = any(array(${mentioned}))`),
    db.select().from(entities).where(inArray(entities.id, [...new Set(rows.map((row) => row.locationId).filter((id): id is string => id !== null))])),
  ]);
  const sourcesById = new Map(sourceRows.map((row) => [row.id, row]));
  const joined = mentionRows.flatMap((mention) => {
    const article = sourcesById.get(mention.articleId);
    return article ? [{ mention, article, published: article.published, articleId: mention.articleId, start: mention.start }] : [];
  });
  joined.sort(bySource);
  const places = new Map(placeRows.map((row) => [row.id, row]));
  const participantsOf = groupBy(participantRows, (row) => row.eventId);
  const mentionsOf = groupBy(joined, (row) => row.mention.eventId);
  return rows.map((row) => {
    const mentions = mentionsOf.get(row.id) ?? [];
    const sources = new Map<string, SourceArticle>();
    for (const { article } of mentions) sources.set(article.id, article);
    const place = row.locationId ? places.get(row.locationId) : undefined;
    return {
      id: row.id,
      type: row.type as EventType,
      modality: row.modality as Modality,
      date: toEventDate(row),
      title: { en: row.titleEn, ar: row.titleAr },
      participants: (participantsOf.get(row.id) ?? []).map(
        ({ entity, role }): Participant => ({ entityId: entity.id, kind: entity.kind, nameEn: entity.nameEn, nameAr: entity.nameAr, role, roleAr: roleInArabic(role), country: entity.country }),
      ),
      location: place ? ({ entityId: place.id, nameEn: place.nameEn, nameAr: place.nameAr, country: place.country } satisfies Place) : null,
      mentions: mentions.map(({ mention, article }) => ({
        articleId: mention.articleId,
        file: article.file ?? article.id,
        start: mention.start,
        end: mention.end,
        quote: mention.quote,
        dateSpan: mention.dateStart !== null && mention.dateEnd !== null ? { start: mention.dateStart, end: mention.dateEnd } : null,
      })),
      confidence: row.confidence,
      sources: [...sources.values()],
    };
  });
}

function toEventDate(row: EventRow): EventDate | null {
  if (!row.dateStart || !row.dateEnd || !row.precision) return null;
  return {
    start: row.dateStart,
    end: row.dateEnd,
    precision: row.precision as Precision,
    approximate: row.approximate,
    mod: row.dateMod as EventDate['mod'],
    text: row.dateText ?? '',
    basis: (row.dateBasis ?? 'explicit') as EventDate['basis'],
    explanation: row.dateExplanation ?? '',
    ...(row.dateReason ? { reason: row.dateReason } : {}),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
