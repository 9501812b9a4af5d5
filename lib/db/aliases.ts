import { eq, inArray, sql } from 'drizzle-orm';
import type { ExtractedEvent } from '@/lib/domain/event';
import type { Queryable } from './client';
import { insertRows } from './json-rows';
import { eventAliases, retiredEvents } from './schema';

/**
 * For each stored event that will not survive under its id, the new event holding most of its mentions: its
 * permalink redirects there. Events whose mentions all vanished get no alias.
 */
export function aliasesFor(previous: Map<string, string[]>, next: ExtractedEvent[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const event of next) for (const m of event.mentions) owner.set(`${m.articleId}:${m.start}`, event.id);
  const nextIds = new Set(next.map((e) => e.id));
  const aliases = new Map<string, string>();
  for (const [oldId, mentionKeys] of previous) {
    if (nextIds.has(oldId)) continue;
    const votes = new Map<string, number>();
    for (const key of mentionKeys) {
      const id = owner.get(key);
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) aliases.set(oldId, best[0]);
  }
  return aliases;
}

/** An event a write replaced: its id, title and the mentions it had (`<article>:<start>`). */
export interface ReplacedEvent {
  id: string;
  titleEn: string;
  titleAr: string;
  mentionKeys: string[];
}

/**
 * Keeps old permalinks working after a write: replaced events that live on under another id redirect there, those
 * that vanished are retired with `retiredNote` (410). `next` holds every event now holding the replaced events'
 * mentions, `written` the ids the write stored (an id that exists again is no longer an alias, nor retired), and
 * `renamed` the events that kept their content under a new id. Returns the retired ids.
 */
export async function recordReplacedIds(db: Queryable, replaced: ReplacedEvent[], next: ExtractedEvent[], written: string[], retiredNote: string, renamed = new Map<string, string>()): Promise<string[]> {
  const aliases = aliasesFor(new Map(replaced.map((e) => [e.id, e.mentionKeys])), next);
  const liveIds = [...written, ...renamed.values()];
  const nextIds = new Set([...next.map((e) => e.id), ...liveIds]);
  for (const [from, to] of renamed) if (!nextIds.has(from)) aliases.set(from, to);
  for (let i = 0; i < liveIds.length; i += 500) {
    const chunk = liveIds.slice(i, i + 500);
    await db.delete(eventAliases).where(inArray(eventAliases.aliasId, chunk));
    await db.delete(retiredEvents).where(inArray(retiredEvents.eventId, chunk));
  }
  await insertRows(db, eventAliases, [...aliases].map(([aliasId, eventId]) => ({ aliasId, eventId })), sql`on conflict (alias_id) do update set event_id = excluded.event_id, created_at = now()`);
  // Aliases pointing at an id that just became an alias follow it (an alias always points at a live id, so one step does).
  if (aliases.size) {
    const moved = JSON.stringify([...aliases].map(([aliasId, eventId]) => ({ alias_id: aliasId, event_id: eventId })));
    await db.execute(sql`update ${eventAliases} set event_id = v.event_id from json_populate_recordset(null::${eventAliases}, ${moved}::json) as v where ${eventAliases.eventId} = v.alias_id`);
  }
  const retired = replaced.filter((e) => !nextIds.has(e.id) && !aliases.has(e.id));
  await insertRows(
    db,
    retiredEvents,
    retired.map((event) => ({ eventId: event.id, titleEn: event.titleEn, titleAr: event.titleAr, note: retiredNote })),
    sql`on conflict (event_id) do update set note = excluded.note, retired_at = now()`,
  );
  return retired.map((e) => e.id);
}

/** Where an id that no longer exists now lives, if it was merged or re-dated. */
export async function resolveAlias(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.select({ eventId: eventAliases.eventId }).from(eventAliases).where(eq(eventAliases.aliasId, id)).limit(1);
  return row?.eventId ?? null;
}

/** What became of an event that vanished, if it did. */
export async function retiredEvent(db: Queryable, id: string): Promise<{ titleEn: string; titleAr: string; note: string; retiredAt: Date } | null> {
  const [row] = await db.select().from(retiredEvents).where(eq(retiredEvents.eventId, id)).limit(1);
  return row ?? null;
}
