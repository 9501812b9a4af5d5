import { and, asc, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { LaneKind, ViewFilters } from '@/lib/domain/filters';
import { UNKNOWN_LANE } from '@/lib/timeline/items';
import { giveWay, runsOnThisThread, type Queryable } from './client';
import { filterConditions } from './event-queries';
import { events, eventYearCounts } from './schema';

/** How many events of one lane start in one calendar bucket. */
export interface BucketCount {
  /** First day of the bucket (ISO). */
  bucket: string;
  lane: string;
  count: number;
}

export type BucketUnit = 'week' | 'month' | 'quarter' | 'year' | 'decade';

const DAY = 86_400_000;

/** The calendar unit that splits a window into at most about `buckets` buckets (a few dozen for clusters). */
export function bucketUnit(from: string, to: string, buckets = 40): BucketUnit {
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  if (days <= buckets * 7) return 'week';
  if (days <= buckets * 31) return 'month';
  if (days <= buckets * 92) return 'quarter';
  if (days <= buckets * 366) return 'year';
  return 'decade';
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the bucket holding `day`; weeks start on Monday, as PostgreSQL's date_trunc has them. */
export function bucketStart(day: string, unit: BucketUnit): string {
  const date = new Date(`${day}T00:00:00Z`);
  const year = date.getUTCFullYear();
  if (unit === 'week') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  else if (unit === 'month') date.setUTCDate(1);
  else if (unit === 'quarter') date.setUTCMonth(date.getUTCMonth() - (date.getUTCMonth() % 3), 1);
  else date.setUTCFullYear(unit === 'year' ? year : Math.floor(year / 10) * 10, 0, 1);
  return isoDay(date);
}

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, unit: BucketUnit): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else if (unit === 'quarter') date.setUTCMonth(date.getUTCMonth() + 3);
  else if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 10);
  date.setUTCDate(date.getUTCDate() - 1);
  return isoDay(date);
}

/**
 * Counts per lane and bucket of the events that start in the buckets the window touches, for a window too dense to
 * draw event by event. Windows of decades or years with the common filters are summed from the per-year summary;
 * the rest counts the events through the covering index on (date_start, id), never reading the event rows.
 */
export async function countBuckets(
  db: Queryable,
  filters: ViewFilters & { from: string; to: string },
  lanes: LaneKind,
  buckets?: number,
  eventsPerCount = EVENTS_PER_COUNT,
): Promise<{ unit: BucketUnit; counts: BucketCount[] }> {
  const unit = bucketUnit(filters.from, filters.to, buckets);
  const first = bucketStart(filters.from, unit);
  const last = bucketEnd(bucketStart(filters.to, unit), unit);
  const summarised = (unit === 'year' || unit === 'decade') && lanes !== 'participant' && !filters.participants.length && !filters.countries.length && !filters.q;
  const counts = summarised ? await fromYearCounts(db, filters, lanes, unit, first, last) : await fromEvents(db, filters, lanes, unit, first, last, eventsPerCount);
  return { unit, counts };
}

/** The unknown lane as an SQL literal: a bound parameter would make GROUP BY and SELECT different expressions. */
const UNKNOWN = sql.raw(`'${UNKNOWN_LANE}'`);

async function fromYearCounts(db: Queryable, filters: ViewFilters, lanes: 'type' | 'country', unit: 'year' | 'decade', first: string, last: string): Promise<BucketCount[]> {
  const bucketYear = unit === 'year' ? sql<number>`${eventYearCounts.year}` : sql<number>`(${eventYearCounts.year} / 10) * 10`;
  const lane = lanes === 'type' ? sql<string>`${eventYearCounts.type}` : sql<string>`coalesce(${eventYearCounts.country}, ${UNKNOWN})`;
  const conditions: SQL[] = [gte(eventYearCounts.year, Number(first.slice(0, 4))), lte(eventYearCounts.year, Number(last.slice(0, 4)))];
  if (filters.types.length) conditions.push(inArray(eventYearCounts.type, filters.types));
  if (filters.modalities.length) conditions.push(inArray(eventYearCounts.modality, filters.modalities));
  const rows = await db
    .select({ year: bucketYear, lane, count: sql<number>`sum(${eventYearCounts.events})::int` })
    .from(eventYearCounts)
    .where(and(...conditions))
    .groupBy(bucketYear, lane)
    .orderBy(asc(bucketYear));
  return rows.map((row) => ({ bucket: `${String(row.year).padStart(4, '0')}-01-01`, lane: row.lane, count: row.count }));
}

function laneColumn(kind: LaneKind) {
  if (kind === 'type') return sql<string>`${events.type}`;
  if (kind === 'country') return sql<string>`coalesce(${events.country}, ${UNKNOWN})`;
  return sql<string>`coalesce(${events.mainParticipantId}, ${UNKNOWN})`;
}

/** Consecutive stretches of days, together covering a window. */
export interface Slice {
  from: string;
  to: string;
  /** The events its years hold, before any filter (the per-year summary's count). */
  events: number;
}

/**
 * At most about this many events (before filters) are counted by one query on the embedded database, which runs one
 * query at a time on the server's own thread: a count over a whole corpus would hold every other request up until it
 * ended.
 */
const EVENTS_PER_COUNT = 10_000;

/** A stretch holding at most this many events has each checked against the chosen participants (see ParticipantMatch). */
const PER_EVENT_MATCH_MAX_EVENTS = 1_000;

/**
 * [first, last] cut at year boundaries into stretches of at most about `perSlice` events each, by the events each
 * year holds; a year holding more is a stretch of its own. One stretch when the years hold few.
 */
export function slicesByYear(eventsPerYear: Array<{ year: number; events: number }>, first: string, last: string, perSlice = EVENTS_PER_COUNT): Slice[] {
  const slices: Slice[] = [];
  let from = first;
  let held = 0;
  const firstYear = Number(first.slice(0, 4));
  for (const { year, events: count } of [...eventsPerYear].sort((a, b) => a.year - b.year)) {
    const yearStart = `${String(year).padStart(4, '0')}-01-01`;
    if (year === firstYear) held += count;
    if (year <= firstYear || yearStart > last) continue;
    if (held > 0 && held + count > perSlice) {
      slices.push({ from, to: `${String(year - 1).padStart(4, '0')}-12-31`, events: held });
      from = yearStart;
      held = 0;
    }
    held += count;
  }
  slices.push({ from, to: last, events: held });
  return slices;
}

async function countSlices(db: Queryable, first: string, last: string, perSlice: number): Promise<Slice[]> {
  const perYear = await db
    .select({ year: eventYearCounts.year, events: sql<number>`sum(${eventYearCounts.events})::int` })
    .from(eventYearCounts)
    .where(and(gte(eventYearCounts.year, Number(first.slice(0, 4))), lte(eventYearCounts.year, Number(last.slice(0, 4)))))
    .groupBy(eventYearCounts.year);
  // A server runs each query on its own process, beside the others: there one query counts the whole window.
  return slicesByYear(perYear, first, last, runsOnThisThread(db) ? perSlice : Number.POSITIVE_INFINITY);
}

async function fromEvents(db: Queryable, filters: ViewFilters, lanes: LaneKind, unit: BucketUnit, first: string, last: string, eventsPerCount: number): Promise<BucketCount[]> {
  const lane = laneColumn(lanes);
  // The unit comes from a fixed list, inlined so GROUP BY and SELECT are the same expression. A date arrives as
  // its ISO day (the drivers keep dates as text) and costs half what to_char does per event.
  const bucket = sql<string>`date_trunc(${sql.raw(`'${unit}'`)}, ${events.dateStart}::timestamp)::date`;
  const totals = new Map<string, BucketCount>();
  // One stretch after the other, never together, and each after every other request's waiting queries.
  for (const slice of await countSlices(db, first, last, eventsPerCount)) {
    await giveWay(db);
    const rows = await db
      .select({ bucket, lane, count: sql<number>`count(*)::int` })
      .from(events)
      .where(and(...filterConditions({ ...filters, from: null, to: null }, slice.events <= PER_EVENT_MATCH_MAX_EVENTS ? 'per-event' : 'joined'), gte(events.dateStart, slice.from), lte(events.dateStart, slice.to)))
      .groupBy(bucket, lane);
    // A bucket that straddles two stretches is counted in both: its counts add up.
    for (const row of rows) {
      const key = `${row.bucket}\u0000${row.lane}`;
      const total = totals.get(key);
      if (total) total.count += row.count;
      else totals.set(key, { ...row });
    }
  }
  return [...totals.values()].sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
}
