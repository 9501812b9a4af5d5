import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { EventDate, EventType, Modality, Precision } from '@/lib/domain/event';
import type { LaneKind, ViewFilters } from '@/lib/domain/filters';
import { UNKNOWN_LANE, type TimelineEvent } from '@/lib/timeline/items';
import type { Queryable } from './client';
import { filterConditions } from './event-queries';
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
  /** Events in the window under the filters. */
  total: number;
  /** The events themselves when there are few enough to draw; otherwise empty and `clusters` says where they are. */
  events: TimelineEvent[];
  clusters: Cluster[];
}

const DAY = 86_400_000;

/** Most events drawn one by one in a window; above this the chart shows counts per period instead. */
export const MAX_WINDOW_ITEMS = 400;

/** The calendar unit that splits a window into a few dozen buckets. */
export function bucketUnit(from: string, to: string): 'week' | 'month' | 'quarter' | 'year' | 'decade' {
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  if (days <= 40 * 7) return 'week';
  if (days <= 40 * 31) return 'month';
  if (days <= 40 * 92) return 'quarter';
  if (days <= 40 * 366) return 'year';
  return 'decade';
}

function bucketEnd(start: string, unit: ReturnType<typeof bucketUnit>): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else if (unit === 'quarter') date.setUTCMonth(date.getUTCMonth() + 3);
  else if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 10);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function laneColumn(kind: LaneKind) {
  if (kind === 'type') return sql<string>`${events.type}`;
  if (kind === 'country') return sql<string>`coalesce(${events.country}, ${UNKNOWN_LANE})`;
  return sql<string>`coalesce(${events.mainParticipantId}, ${UNKNOWN_LANE})`;
}

/**
 * What the chart needs for one window: the events when at most `maxItems` fall in it, or counts per lane and
 * calendar bucket when more do. Runs on the indexes (date range GiST, type, country), never over all events.
 */
export async function timelineWindow(db: Queryable, filters: ViewFilters & { from: string; to: string }, lanes: LaneKind, maxItems: number): Promise<WindowResult> {
  const where = and(...filterConditions(filters), isNotNull(events.dateStart));
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
      country: events.country,
      participant: { id: entities.id, kind: entities.kind, nameEn: entities.nameEn, nameAr: entities.nameAr, country: entities.country },
    })
    .from(events)
    .leftJoin(entities, eq(entities.id, events.mainParticipantId))
    .where(where)
    .orderBy(asc(events.dateStart), asc(events.id))
    .limit(maxItems + 1);
  if (rows.length <= maxItems) {
    return {
      total: rows.length,
      clusters: [],
      events: rows.map((row) => ({
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
        participants: row.participant ? [{ entityId: row.participant.id, kind: row.participant.kind, nameEn: row.participant.nameEn, nameAr: row.participant.nameAr, role: null, country: row.participant.country }] : [],
        location: row.country ? { country: row.country } : null,
      })),
    };
  }
  const unit = bucketUnit(filters.from, filters.to);
  const lane = laneColumn(lanes);
  // The unit comes from a fixed list, inlined so GROUP BY and SELECT are the same expression.
  const bucket = sql<string>`to_char(date_trunc(${sql.raw(`'${unit}'`)}, ${events.dateStart}::timestamp), 'YYYY-MM-DD')`;
  const groups = await db
    .select({ bucket, lane, count: sql<number>`count(*)::int` })
    .from(events)
    .where(where)
    .groupBy(bucket, lane)
    .orderBy(bucket);
  const laneIds = [...new Set(groups.map((g) => g.lane))];
  const names = lanes === 'participant' && laneIds.length
    ? new Map((await db.select({ id: entities.id, nameEn: entities.nameEn, nameAr: entities.nameAr }).from(entities).where(inArray(entities.id, laneIds))).map((e) => [e.id, { en: e.nameEn, ar: e.nameAr }]))
    : new Map<string, { en: string; ar: string }>();
  return {
    total: groups.reduce((sum, g) => sum + g.count, 0),
    events: [],
    clusters: groups.map((g) => ({
      start: g.bucket,
      end: bucketEnd(g.bucket, unit),
      lane: g.lane,
      laneLabel: names.get(g.lane) ?? (g.lane === UNKNOWN_LANE ? { en: '—', ar: '—' } : { en: g.lane, ar: g.lane }),
      count: g.count,
    })),
  };
}

/** The first and last day of the dated events under the filters: the window that fits them all. */
export async function datedExtent(db: Queryable, filters: ViewFilters): Promise<{ from: string; to: string } | null> {
  // Two ordered look-ups that stop at the first match, so the date indexes answer instead of a scan.
  const where = and(...filterConditions({ ...filters, from: null, to: null }), isNotNull(events.dateStart));
  const [first] = await db.select({ day: events.dateStart }).from(events).where(where).orderBy(asc(events.dateStart)).limit(1);
  const [last] = await db.select({ day: events.dateEnd }).from(events).where(where).orderBy(desc(events.dateEnd)).limit(1);
  return first?.day && last?.day ? { from: first.day, to: last.day } : null;
}
