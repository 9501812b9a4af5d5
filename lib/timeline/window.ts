/** The windows the chart opens on, and the conversions between a window of days and the chart's instants. */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { EARLIEST_DAY, LATEST_READABLE_DAY } from '@/lib/domain/date-limits';
import type { Precision } from '@/lib/domain/event';

dayjs.extend(utc);

/** A window of whole days, both inclusive, as the URL's `from` and `to` carry it. */
export interface DayWindow {
  from: string;
  to: string;
}

/** How many events start in one calendar period. */
export interface DensityBucket {
  start: string;
  end: string;
  count: number;
}

/** Events per period across a view's whole span; `from`/`to` are the first and last days of any of its events. */
export interface Density {
  from: string;
  to: string;
  /** In date order; periods without events are left out. */
  buckets: DensityBucket[];
}

const day = (iso: string) => dayjs.utc(iso);
const iso = (date: dayjs.Dayjs) => date.format('YYYY-MM-DD');

/**
 * A window cut to the days the app reads back (1900-01-01 … 9999-12-31). Every window the app writes into an address
 * passes here: a margin around an event of 1900, or a zoom out past it, must not produce a link that answers 400.
 */
function readable(from: dayjs.Dayjs, to: dayjs.Dayjs): DayWindow {
  const [earliest, latest] = [day(EARLIEST_DAY), day(LATEST_READABLE_DAY)];
  const within = (date: dayjs.Dayjs) => (date.isBefore(earliest) ? earliest : date.isAfter(latest) ? latest : date);
  return { from: iso(within(from)), to: iso(within(to)) };
}

/** A window around a span with a margin on each side (a share of the span, at least `minDays`), so nothing sits on an edge. */
export function padWindow(from: string, to: string, minDays = 15, share = 0.04): DayWindow {
  const margin = Math.max(Math.round(day(to).diff(day(from), 'day') * share), minDays);
  return readable(day(from).subtract(margin, 'day'), day(to).add(margin, 'day'));
}

/**
 * How many of `total` events the first window holds: 90% of them, or all but two when two strays are more than
 * a tenth of a small corpus, never fewer than 80%. A few events far from all the others stay one "Show all" away.
 */
export function firstWindowHolds(total: number): number {
  return Math.max(Math.ceil(total * 0.8), Math.min(Math.ceil(total * 0.9), total - 2));
}

/**
 * The window the timeline opens on: the shortest run of periods that holds `firstWindowHolds` of the events, with a
 * margin. Dense periods get the width; years that hold nothing but a stray event or two do not. Null without events.
 */
export function denseWindow(density: Density): DayWindow | null {
  const { buckets } = density;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const needed = firstWindowHolds(total);
  let best: { first: number; last: number; days: number } | null = null;
  let held = 0;
  let first = 0;
  for (let last = 0; last < buckets.length; last++) {
    held += buckets[last]!.count;
    // Drop periods from the front while the rest still holds enough: the shortest run ending at `last`.
    while (held - buckets[first]!.count >= needed) held -= buckets[first++]!.count;
    if (held < needed) continue;
    const days = day(buckets[last]!.end).diff(day(buckets[first]!.start), 'day');
    if (!best || days < best.days) best = { first, last, days };
  }
  const from = buckets[best!.first]!.start > density.from ? buckets[best!.first]!.start : density.from;
  const to = buckets[best!.last]!.end < density.to ? buckets[best!.last]!.end : density.to;
  return padWindow(from, to);
}

/** Days shown on either side of an event opened by itself (`/?event=…`): more for vaguer dates. */
const CONTEXT_DAYS: Record<Precision, number> = { day: 45, week: 60, month: 120, quarter: 240, half: 365, year: 540, decade: 1800 };

/** The window that opens on one event: the event in the middle, with room for what happened around it. */
export function contextWindow(date: { start: string; end: string; precision: Precision }): DayWindow {
  const span = day(date.end).diff(day(date.start), 'day');
  const side = CONTEXT_DAYS[date.precision] + Math.round(span / 2);
  const middle = day(date.start).add(Math.floor(span / 2), 'day');
  return readable(middle.subtract(side, 'day'), middle.add(side, 'day'));
}

/** The instants a window of days covers: from the first day's midnight to the midnight after the last (UTC). */
export function windowToRange(window: DayWindow): { start: Date; end: Date } {
  return { start: day(window.from).toDate(), end: day(window.to).add(1, 'day').toDate() };
}

/** The days a chart range touches: the inverse of `windowToRange` (a range ending at midnight ends the day before). */
export function rangeToWindow(start: Date, end: Date): DayWindow {
  const last = dayjs.utc(end.getTime() - 1);
  const first = dayjs.utc(start);
  return readable(first, last.isBefore(first) ? first : last);
}

/** Whether two windows are the same days. */
export function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}
