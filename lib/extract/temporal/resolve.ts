/** Refine (longest non-overlapping hits win) and resolve hits against the publication date into EventDates. */
import type { EventDate, Precision } from '@/lib/domain/event';
import { PRECISIONS } from '@/lib/domain/event';
import { iso, type Day } from './calendar';
import { explanation } from './explain';
import { formatDateRange, monthLabel } from './format';
import type { Anchor, Hit, Resolution } from './hit';
import type { Tense } from './types';

/** Keeps the longest hits (then the higher priority, then the earlier) that do not overlap; returns them sorted by start. */
export function refine(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const kept: Hit[] = [];
  for (const h of sorted) {
    if (h.end <= h.start || h.start < 0 || h.end > length) continue;
    let free = true;
    for (let i = h.start; i < h.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const wider = (a: Precision, b: Precision): Precision => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

function safe(fn: () => Resolution | null): Resolution | null {
  try {
    const r = fn();
    if (!r || !Number.isFinite(r.start) || !Number.isFinite(r.end)) return null;
    return r.start <= r.end ? r : { ...r, start: r.end, end: r.start };
  } catch {
    return null;
  }
}

function toEventDate(text: string, r: Resolution, basis: EventDate['basis']): EventDate {
  const d = { start: iso(r.start), end: iso(r.end), precision: r.precision, approximate: r.approximate, mod: r.mod };
  return { ...d, text, basis, explanation: explanation(text, d, r.why) };
}

/**
 * Resolves one hit. Absolute hits ignore the publication date (except to pick a century); relative and vague ones are read
 * against each possible publication day: when the publication is known only to the month, the phrase is read against its
 * first and last day and the two readings are joined, with the precision widened to at least a month and approximate set.
 */
export function resolveHit(hit: Hit, text: string, anchors: Day[], tense: Tense, pubMonth: { y: number; m: number } | null, label?: string): EventDate | null {
  if (hit.kind === 'absolute') {
    const first = anchors[0];
    const r = safe(() => hit.resolve(first === undefined ? null : { day: first, tense, label }));
    return r ? toEventDate(text, r, 'explicit') : null;
  }
  if (anchors.length === 0) return null;
  const rs = anchors.map((day) => safe(() => hit.resolve({ day, tense, label } satisfies Anchor)));
  const a = rs[0];
  const b = rs[rs.length - 1];
  if (!a || !b) return null;
  if (rs.length === 1 || (a.start === b.start && a.end === b.end)) {
    if (rs.length > 1 && pubMonth) {
      const why = a.why.replace(/publication on [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}/g, `publication in ${monthLabel(pubMonth.y, pubMonth.m)}`);
      return toEventDate(text, { ...a, why: `${why} (the same for any day of that month)` }, 'relative');
    }
    return toEventDate(text, a, 'relative');
  }
  const la = formatDateRange({ start: iso(a.start), end: iso(a.end), precision: a.precision, approximate: a.approximate, mod: a.mod }, 'en');
  const lb = formatDateRange({ start: iso(b.start), end: iso(b.end), precision: b.precision, approximate: b.approximate, mod: b.mod }, 'en');
  const month = pubMonth ? monthLabel(pubMonth.y, pubMonth.m) : 'a month';
  const joined: Resolution = {
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    precision: wider(wider(a.precision, b.precision), 'month'),
    approximate: true,
    mod: a.mod === b.mod ? a.mod : null,
    why: `publication is known only to the month (${month}): read against its first day this is ${la}, against its last day ${lb}, so any day in between`,
  };
  return toEventDate(text, joined, 'relative');
}
