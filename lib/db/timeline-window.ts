import { countryName } from '@/lib/domain/countries';
import { and, asc, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { EventDate, EventType, Modality, Precision } from '@/lib/domain/event';
import type { LaneKind, ViewFilters } from '@/lib/domain/filters';
import { UNKNOWN_LANE, type TimelineEvent } from '@/lib/timeline/items';
import type { Queryable } from './client';
import { bucketEnd, countBuckets } from './cluster-counts';
import { entityNames } from './entities';
import { filterConditions } from './event-queries';
import { keepReadable } from './readable';
import { entities, events } from './schema';

/** A dense stretch of the timeline, drawn as one block with its count until the analyst zooms in. */
export interface Cluster {
  start: string;
  end: string;
  lane: string;
  laneLabel: { en: string; ar: string };
  count: number;
}

export interface WindowResult {
  /** Events in the window under the filters; when clustered, those starting in the buckets the window touches. */
  total: number;
  /** The events themselves when there are few enough to draw; otherwise empty and `clusters` says where they are. */
  events: TimelineEvent[];
  clusters: Cluster[];
}

/** Most events drawn one by one in a window; above this the chart shows counts per period instead. */
export const MAX_WINDOW_ITEMS = 400;

/**
 * What the chart needs for one window: the events when at most `maxItems` fall in it, or counts per lane and
 * calendar bucket when more do. Runs on covering indexes and the per-year summary, never reading every event.
 */
export async function timelineWindow(db: Queryable, filters: ViewFilters & { from: string; to: string }, lanes: LaneKind, maxItems: number): Promise<WindowResult> {
  const where = and(...filterConditions(filters), isNotNull(events.dateStart));
  // Are there few enough to draw? Counted up to one past the limit, from the covering GiST index alone.
  const probe = db.select({ one: sql`1` }).from(events).where(where).limit(maxItems + 1).as('probe');
  const [few] = await db.select({ n: sql<number>`count(*)::int` }).from(probe);
  if ((few?.n ?? 0) <= maxItems) return { total: few?.n ?? 0, clusters: [], events: await windowEvents(db, where) };
  const { unit, counts } = await countBuckets(db, filters, lanes);
  const laneIds = [...new Set(counts.map((c) => c.lane))];
  const names = lanes === 'participant' ? await entityNames(db, laneIds) : new Map<string, { en: string; ar: string }>();
  return {
    total: counts.reduce((sum, c) => sum + c.count, 0),
    events: [],
    clusters: counts.map((c) => ({
      start: c.bucket,
      end: bucketEnd(c.bucket, unit),
      lane: c.lane,
      laneLabel: names.get(c.lane) ?? (c.lane === UNKNOWN_LANE ? { en: '—', ar: '—' } : countryName(c.lane)),
      count: c.count,
    })),
  };
}

/** The events of a window that holds few enough to draw, with what the chart shows of each. */
async function windowEvents(db: Queryable, where: SQL | undefined): Promise<TimelineEvent[]> {
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      modality: events.modality,
      dateStart: events.dateStart,
      dateEnd: events.dateEnd,
      precision: events.precision,
      approximate: events.approximate,
      dateMod: events.dateMod,
      titleEn: events.titleEn,
      titleAr: events.titleAr,
      confidence: events.confidence,
      country: events.country,
      participant: { id: entities.id, kind: entities.kind, nameEn: entities.nameEn, nameAr: entities.nameAr, country: entities.country },
    })
    .from(events)
    .leftJoin(entities, eq(entities.id, events.mainParticipantId))
    .where(where)
    .orderBy(asc(events.dateStart), asc(events.id));
  return keepReadable(rows).map((row) => ({
    id: row.id,
    type: row.type as EventType,
    modality: row.modality as Modality,
    date: {
      start: row.dateStart!,
      end: row.dateEnd!,
      precision: row.precision as Precision,
      approximate: row.approximate,
      mod: row.dateMod as EventDate['mod'],
    },
    title: { en: row.titleEn, ar: row.titleAr },
    confidence: row.confidence,
    participants: row.participant ? [{ entityId: row.participant.id, kind: row.participant.kind, nameEn: row.participant.nameEn, nameAr: row.participant.nameAr, role: null, country: row.participant.country }] : [],
    location: row.country ? { country: row.country } : null,
  }));
}

/** The first and last day of the dated events under the filters: the window that fits them all. */
export async function datedExtent(db: Queryable, filters: ViewFilters): Promise<{ from: string; to: string } | null> {
  // Two ordered look-ups that stop at the first match, so the date indexes answer instead of a scan.
  const where = and(...filterConditions({ ...filters, from: null, to: null }), isNotNull(events.dateStart));
  const [first] = await db.select({ day: events.dateStart }).from(events).where(where).orderBy(asc(events.dateStart)).limit(1);
  const [last] = await db.select({ day: events.dateEnd }).from(events).where(where).orderBy(desc(events.dateEnd)).limit(1);
  return first?.day && last?.day ? { from: first.day, to: last.day } : null;
}
