import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { EventDate, EventType, ExtractedEvent, Modality, Participant, Place, Precision } from '@/lib/domain/event';
import type { ViewFilters } from '@/lib/domain/filters';
import { foldForMatch } from '@/lib/extract/normalize';
import type { Queryable } from './client';
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

type EventRow = typeof events.$inferSelect;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The WHERE conditions of a view; shared by every query that filters events. */
export function filterConditions(filters: ViewFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.from || filters.to) {
    // Written as the indexed expression so the GiST index on the range serves window queries.
    conditions.push(sql`daterange(${events.dateStart}, ${events.dateEnd}, '[]') && daterange(${filters.from}::date, ${filters.to}::date, '[]')`);
  }
  if (filters.types.length) conditions.push(inArray(events.type, filters.types));
  if (filters.modalities.length) conditions.push(inArray(events.modality, filters.modalities));
  if (filters.participants.length) {
    conditions.push(
      inArray(events.id, sql`(select ${eventParticipants.eventId} from ${eventParticipants} where ${inArray(eventParticipants.entityId, filters.participants)})`),
    );
  }
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
  /** dated: the timeline's events; undated: kept but off the timeline. */
  dated: boolean;
  limit?: number;
  offset?: number;
}

/** Everything the timeline can hold; exports and lists page through more than this. */
export const MAX_EVENTS_PER_QUERY = 100_000;

/** Events matching a view, in chronological order, with participants, mentions and sources. */
export async function queryEvents(db: Queryable, query: EventQuery): Promise<EventRecord[]> {
  const conditions = filterConditions(query);
  conditions.push(query.dated ? isNotNull(events.dateStart) : isNull(events.dateStart));
  const rows = await db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.dateStart), asc(events.dateEnd), asc(events.id))
    .limit(Math.min(query.limit ?? MAX_EVENTS_PER_QUERY, MAX_EVENTS_PER_QUERY))
    .offset(query.offset ?? 0);
  return hydrate(db, rows);
}

/** How many events a view holds, for list paging and counts. */
export async function countMatching(db: Queryable, query: EventQuery): Promise<number> {
  const conditions = filterConditions(query);
  conditions.push(query.dated ? isNotNull(events.dateStart) : isNull(events.dateStart));
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(and(...conditions));
  return row?.n ?? 0;
}

export async function getEvent(db: Queryable, id: string): Promise<EventRecord | null> {
  const rows = await db.select().from(events).where(eq(events.id, id)).limit(1);
  const [record] = await hydrate(db, rows);
  return record ?? null;
}

/** Events with a mention in one article, for highlighting its text. */
export async function eventsOfArticle(db: Queryable, articleId: string): Promise<EventRecord[]> {
  const ids = db.selectDistinct({ id: eventMentions.eventId }).from(eventMentions).where(eq(eventMentions.articleId, articleId));
  const rows = await db.select().from(events).where(inArray(events.id, ids)).orderBy(asc(events.dateStart), asc(events.id));
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

async function hydrate(db: Queryable, rows: EventRow[]): Promise<EventRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [participantRows, mentionRows, placeRows] = await Promise.all([
    db
      .select({ eventId: eventParticipants.eventId, role: eventParticipants.role, position: eventParticipants.position, entity: entities })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids))
      .orderBy(asc(eventParticipants.eventId), asc(eventParticipants.position)),
    db
      .select({ mention: eventMentions, article: { id: articles.id, file: articles.file, title: articles.title, titleEn: articles.titleEn, outlet: articles.outlet, url: articles.url, published: articles.published, publishedPrecision: articles.publishedPrecision } })
      .from(eventMentions)
      .innerJoin(articles, eq(articles.id, eventMentions.articleId))
      .where(inArray(eventMentions.eventId, ids))
      .orderBy(asc(eventMentions.eventId), asc(articles.published), asc(eventMentions.articleId), asc(eventMentions.start)),
    db.select().from(entities).where(inArray(entities.id, rows.map((row) => row.locationId).filter((id): id is string => id !== null))),
  ]);
  const places = new Map(placeRows.map((row) => [row.id, row]));
  const participantsOf = groupBy(participantRows, (row) => row.eventId);
  const mentionsOf = groupBy(mentionRows, (row) => row.mention.eventId);
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
        ({ entity, role }): Participant => ({ entityId: entity.id, kind: entity.kind, nameEn: entity.nameEn, nameAr: entity.nameAr, role, country: entity.country }),
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
