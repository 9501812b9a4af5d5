/** Stable event ids from what the event is: date, type, main participants. Never from insertion order. */
import type { EventDate, ExtractedEvent } from '../domain/event';
import { slug } from './translit';

export function datePart(d: EventDate | null): string {
  if (!d) return 'undated';
  const y = d.start.slice(0, 4);
  switch (d.precision) {
    case 'day': case 'week': return d.start;
    case 'month': return d.start.slice(0, 7);
    case 'quarter': return `${y}-q${Math.floor((Number(d.start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'half': return `${y}-h${Number(d.start.slice(5, 7)) <= 6 ? 1 : 2}`;
    case 'year': return y;
    case 'decade': return `${y.slice(0, 3)}0s`;
  }
}

export function baseId(e: Pick<ExtractedEvent, 'date' | 'type' | 'participants' | 'location'>): string {
  const persons = e.participants.filter((p) => p.kind === 'person' || p.kind === 'organisation');
  const pool = persons.length ? persons : e.participants;
  let names = [...new Set(pool.map((p) => slug(p.nameEn).split('-').pop() || slug(p.entityId)))].filter(Boolean).sort().slice(0, 3);
  if (!names.length && e.location) names = [slug(e.location.nameEn)];
  return [datePart(e.date), e.type, ...names].filter(Boolean).join('-');
}

/** The order events sharing a base id are numbered in: their first mention (file, offset), then their status. */
export function collisionOrder(a: Pick<ExtractedEvent, 'mentions' | 'modality'>, b: Pick<ExtractedEvent, 'mentions' | 'modality'>): number {
  const ma = a.mentions[0], mb = b.mentions[0];
  const fa = ma ? `${ma.file}\u0000${String(ma.start).padStart(10, '0')}` : '';
  const fb = mb ? `${mb.file}\u0000${String(mb.start).padStart(10, '0')}` : '';
  return fa < fb ? -1 : fa > fb ? 1 : a.modality < b.modality ? -1 : a.modality > b.modality ? 1 : 0;
}

/** The ids of events sharing a base id, in collision order: the base id, then -2, -3… */
export const numberedId = (base: string, i: number): string => (i === 0 ? base : `${base}-${i + 1}`);

/** Assigns ids in place; collisions get -2, -3… in the order of their first mention (file, offset). */
export function assignIds(events: ExtractedEvent[]): void {
  const byId = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const id = baseId(e);
    const arr = byId.get(id) ?? [];
    arr.push(e);
    byId.set(id, arr);
  }
  for (const [id, arr] of byId) {
    arr.sort(collisionOrder);
    arr.forEach((e, i) => { e.id = numberedId(id, i); });
  }
}
