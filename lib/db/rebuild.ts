import { eq, inArray, sql } from 'drizzle-orm';
import type { ExtractedEvent } from '@/lib/domain/event';
import { extractCorpus } from '@/lib/extract';
import { boundEventDates, type SetAsideDate } from '@/lib/ingest/date-bounds';
import type { Queryable } from './client';
import { listArticles, toArticleInput } from './articles';
import { replaceAllEvents } from './events';
import { eventAliases, eventMentions, events as eventsTable, retiredEvents } from './schema';

/** Every write to the corpus takes this lock first, so concurrent writers re-extract one after another. */
const CORPUS_WRITE_LOCK = 0x7e1e11e;

/** Takes the corpus lock for the transaction, which may then run as long as re-extracting the corpus takes. */
export async function lockCorpus(db: Queryable): Promise<void> {
  await db.execute(sql`set local statement_timeout = 0`);
  await db.execute(sql`select pg_advisory_xact_lock(${CORPUS_WRITE_LOCK})`);
}

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

export interface RebuildResult {
  events: ExtractedEvent[];
  /** Events kept undated because their date fell outside what may be stored. */
  setAside: SetAsideDate[];
  /** Ids of events that vanished with nothing to redirect to: their permalinks now answer 410. */
  retired: string[];
}

/**
 * Re-runs the engine over every stored article and replaces the events; call inside a transaction holding the lock.
 * `retiredNote` tells the readers of a vanished event's permalink why it is gone.
 */
export async function rebuildEvents(db: Queryable, retiredNote = 'The articles that reported this event no longer yield it.'): Promise<RebuildResult> {
  const mentionRows = await db.select({ eventId: eventMentions.eventId, articleId: eventMentions.articleId, start: eventMentions.start }).from(eventMentions);
  const previous = new Map<string, string[]>();
  for (const row of mentionRows) {
    const list = previous.get(row.eventId) ?? [];
    list.push(`${row.articleId}:${row.start}`);
    previous.set(row.eventId, list);
  }
  const titles = await db.select({ id: eventsTable.id, titleEn: eventsTable.titleEn, titleAr: eventsTable.titleAr }).from(eventsTable);
  const articles = await listArticles(db);
  const bounded = boundEventDates(
    extractCorpus(articles.map(toArticleInput)),
    articles.map((a) => ({ id: a.id, published: a.published, stored: a.ingestedAt.toISOString().slice(0, 10) })),
  );
  const events = bounded.events;
  await replaceAllEvents(db, events);
  const aliases = aliasesFor(previous, events);
  // An id that exists again is no longer an alias, nor retired; aliases pointing at vanished ids follow the chain once more.
  const liveIds = events.map((e) => e.id);
  if (liveIds.length) {
    await db.delete(eventAliases).where(inArray(eventAliases.aliasId, liveIds));
    await db.delete(retiredEvents).where(inArray(retiredEvents.eventId, liveIds));
  }
  for (const [aliasId, eventId] of aliases) {
    await db.insert(eventAliases).values({ aliasId, eventId }).onConflictDoUpdate({ target: eventAliases.aliasId, set: { eventId, createdAt: sql`now()` } });
    await db.update(eventAliases).set({ eventId }).where(eq(eventAliases.eventId, aliasId));
  }
  const live = new Set(liveIds);
  const retired = titles.filter((t) => !live.has(t.id) && !aliases.has(t.id));
  for (const event of retired) {
    await db
      .insert(retiredEvents)
      .values({ eventId: event.id, titleEn: event.titleEn, titleAr: event.titleAr, note: retiredNote })
      .onConflictDoUpdate({ target: retiredEvents.eventId, set: { note: retiredNote, retiredAt: sql`now()` } });
  }
  return { events, setAside: bounded.setAside, retired: retired.map((e) => e.id) };
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
