import { eq, inArray, sql } from 'drizzle-orm';
import type { ExtractedEvent } from '@/lib/domain/event';
import { extractCorpus } from '@/lib/extract';
import type { Queryable } from './client';
import { listArticles, toArticleInput } from './articles';
import { replaceAllEvents } from './events';
import { eventAliases, eventMentions } from './schema';

/** Every write to the corpus takes this lock first, so concurrent writers re-extract one after another. */
const CORPUS_WRITE_LOCK = 0x7e1e11e;

export async function lockCorpus(db: Queryable): Promise<void> {
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

/** Re-runs the engine over every stored article and replaces the events; call inside a transaction holding the lock. */
export async function rebuildEvents(db: Queryable): Promise<ExtractedEvent[]> {
  const mentionRows = await db.select({ eventId: eventMentions.eventId, articleId: eventMentions.articleId, start: eventMentions.start }).from(eventMentions);
  const previous = new Map<string, string[]>();
  for (const row of mentionRows) {
    const list = previous.get(row.eventId) ?? [];
    list.push(`${row.articleId}:${row.start}`);
    previous.set(row.eventId, list);
  }
  const events = extractCorpus((await listArticles(db)).map(toArticleInput));
  await replaceAllEvents(db, events);
  const aliases = aliasesFor(previous, events);
  // An id that exists again is no longer an alias; aliases pointing at vanished ids follow the chain once more.
  const liveIds = events.map((e) => e.id);
  if (liveIds.length) await db.delete(eventAliases).where(inArray(eventAliases.aliasId, liveIds));
  for (const [aliasId, eventId] of aliases) {
    await db.insert(eventAliases).values({ aliasId, eventId }).onConflictDoUpdate({ target: eventAliases.aliasId, set: { eventId, createdAt: sql`now()` } });
    await db.update(eventAliases).set({ eventId }).where(eq(eventAliases.eventId, aliasId));
  }
  return events;
}

/** Where an id that no longer exists now lives, if it was merged or re-dated. */
export async function resolveAlias(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.select({ eventId: eventAliases.eventId }).from(eventAliases).where(eq(eventAliases.aliasId, id)).limit(1);
  return row?.eventId ?? null;
}
