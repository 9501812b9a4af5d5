import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { ExtractedEvent, Participant, Place } from '@/lib/domain/event';
import { mainParticipant } from '@/lib/domain/participants';
import { baseId } from '@/lib/extract/ids';
import { foldForMatch } from '@/lib/extract/normalize';
import type { Queryable } from './client';
import { hasReadableDates } from './readable';
import { adjustSummaries, countSummaries, refreshSummaries, summaryFacts, type SummaryFacts } from './summaries';
import { insertRows, jsonRecords } from './json-rows';
import { errorCode } from './retries';
import { phase } from './write-phases';
import { corpusState, entities, eventMentions, eventParticipants, events } from './schema';

type EntityRow = typeof entities.$inferInsert;

function entityRows(list: ExtractedEvent[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  const add = (entity: Participant | Place, kind: EntityRow['kind']) => {
    if (!byId.has(entity.entityId)) {
      byId.set(entity.entityId, { id: entity.entityId, kind, nameEn: entity.nameEn, nameAr: entity.nameAr, country: entity.country });
    }
  };
  for (const event of list) {
    for (const participant of event.participants) add(participant, participant.kind);
    if (event.location) add(event.location, 'city');
  }
  return [...byId.values()];
}

function searchTextOf(event: ExtractedEvent): string {
  const names = event.participants.flatMap((p) => [p.nameEn, p.nameAr]);
  const place = event.location ? [event.location.nameEn, event.location.nameAr] : [];
  return foldForMatch([event.title.en, event.title.ar, ...names, ...place, ...event.mentions.map((m) => m.quote)].join(' \n '));
}

/** Rows per statement: a few megabytes of JSON at most. */
const CHUNK = 2000;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Everything an event is but its id: an event whose fingerprint did not change is not written again. */
export function eventFingerprint(event: ExtractedEvent): string {
  const { id: _id, ...content } = event;
  return createHash('sha1').update(JSON.stringify(content)).digest('base64url');
}

/** The base id an event's id was numbered from; null for ids made otherwise (a generator's). */
function numberedFrom(event: ExtractedEvent): string | null {
  const base = baseId(event);
  return event.id === base || event.id.startsWith(`${base}-`) ? base : null;
}

/** Read caches key on the corpus version; every write of the events moves it on. */
export async function bumpCorpusVersion(db: Queryable): Promise<void> {
  await db
    .insert(corpusState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: corpusState.id, set: { version: sql`${corpusState.version} + 1`, updatedAt: sql`now()` } });
}

/**
 * Stores entities, and renames those the gazetteer now names otherwise. A known entity whose names did not change is
 * neither rewritten nor locked: every write names the popular ones, and a row lock (ON CONFLICT DO UPDATE takes one
 * even when nothing changes) would make each writer wait for the others' commits. Rows in id order, so that
 * writers renaming the same entities lock them in one order.
 */
async function upsertEntities(db: Queryable, rows: EntityRow[]): Promise<void> {
  await insertRows(db, entities, rows, sql`on conflict (id) do nothing`);
  await db.execute(sql`
    update ${entities} set name_en = v.name_en, name_ar = v.name_ar, country = v.country
    from ${jsonRecords(entities, rows)} as v
    where ${entities.id} = v.id and (${entities.nameEn}, ${entities.nameAr}, ${entities.country}) is distinct from (v.name_en, v.name_ar, v.country)`);
}

/**
 * Stores events (ids not yet taken) with their entities, mentions and participants, one statement per table and
 * chunk. Returns what the stored events count in the summaries, worked out from the rows written rather than read
 * back (summaries.ts summaryFacts reads the same from stored events).
 */
export async function insertEvents(db: Queryable, list: ExtractedEvent[]): Promise<SummaryFacts[]> {
  const entityList = entityRows(list);
  await insertChunked([...entityList].sort((a, b) => (a.id < b.id ? -1 : 1)), (chunk) => upsertEntities(db, chunk));
  const rows = list.map((event) => ({
    id: event.id,
    type: event.type,
    modality: event.modality,
    dateStart: event.date?.start ?? null,
    dateEnd: event.date?.end ?? null,
    precision: event.date?.precision ?? null,
    approximate: event.date?.approximate ?? false,
    dateMod: event.date?.mod ?? null,
    dateText: event.date?.text ?? null,
    dateBasis: event.date?.basis ?? null,
    dateExplanation: event.date?.explanation ?? null,
    dateReason: event.date?.reason ?? null,
    titleEn: event.title.en,
    titleAr: event.title.ar,
    locationId: event.location?.entityId ?? null,
    mainParticipantId: mainParticipant(event)?.entityId ?? null,
    country: mainParticipant(event)?.country ?? event.location?.country ?? null,
    confidence: event.confidence,
    searchText: searchTextOf(event),
    baseId: numberedFrom(event),
    fingerprint: eventFingerprint(event),
  }));
  await insertChunked(rows, (chunk) => insertRows(db, events, chunk));
  await insertChunked(
    list.flatMap((event) =>
      event.mentions.map((mention) => ({
        eventId: event.id,
        articleId: mention.articleId,
        start: mention.start,
        end: mention.end,
        quote: mention.quote,
        dateStart: mention.dateSpan?.start ?? null,
        dateEnd: mention.dateSpan?.end ?? null,
      })),
    ),
    (chunk) => insertRows(db, eventMentions, chunk),
  );
  await insertChunked(
    list.flatMap((event) =>
      event.participants.map((participant, position) => ({ eventId: event.id, entityId: participant.entityId, role: participant.role, position })),
    ),
    (chunk) => insertRows(db, eventParticipants, chunk, sql`on conflict do nothing`),
  );
  const countryOf = new Map(entityList.map((e) => [e.id, e.country ?? null]));
  return list.flatMap((event, i) => {
    const row = rows[i]!;
    if (row.dateStart === null || !hasReadableDates(row)) return [];
    const involved = [...event.participants.map((p) => p.entityId), ...(event.location ? [event.location.entityId] : [])];
    return [{
      year: Number(row.dateStart.slice(0, 4)), type: row.type, modality: row.modality, country: row.country,
      participants: event.participants.map((p) => p.entityId),
      countries: [...new Set(involved.map((id) => countryOf.get(id)).filter((c): c is string => !!c))],
    }];
  });
}

/**
 * Replaces some events by others, keeping the summary tables in step: the counts of the removed events are read
 * before they go, those of the new ones come from the rows written, and the difference is written once. `between` runs
 * after the removal, before the new events are stored (a write renames events there). Call inside a transaction.
 */
export async function replaceEvents(db: Queryable, removedIds: string[], added: ExtractedEvent[], between: () => Promise<void> = async () => {}): Promise<void> {
  const counts = countSummaries(await phase('summaries', () => summaryFacts(db, removedIds)), -1);
  for (let i = 0; i < removedIds.length; i += CHUNK) {
    const chunk = removedIds.slice(i, i + CHUNK);
    await phase('events', () => db.delete(events).where(inArray(events.id, chunk)));
  }
  await between();
  countSummaries(await phase('events', () => insertEvents(db, added)), 1, counts);
  await phase('summaries', () => adjustSummaries(db, counts));
}

/** Replaces every stored event with a fresh extraction of the whole corpus; call inside a transaction. */
export async function replaceAllEvents(db: Queryable, list: ExtractedEvent[]): Promise<void> {
  await bumpCorpusVersion(db);
  await db.delete(events);
  await insertEvents(db, list);
  await refreshSummaries(db);
}

export async function countEvents(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(events);
  return row?.n ?? 0;
}

/** The version of the stored events; it changes with every write. */
export async function corpusVersion(db: Queryable): Promise<number> {
  const [row] = await db.select({ version: corpusState.version }).from(corpusState).limit(1);
  return row?.version ?? 0;
}

/** The trigram index on `search_text` (migration 0001). */
const SEARCH_INDEX = 'events_search_trgm_idx';
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * For a bulk write's transaction: new entries of the search index wait in its pending list (which searches read
 * too, so they still find them) instead of being merged into the index at each batch; `settleSearchIndex` merges them
 * once at the end of the run, sorted, which costs a fraction of merging batch by batch. Up to 64 MB wait (about
 * 25,000 events); past that, the batch that overflows the list merges it.
 */
export async function deferSearchIndex(tx: Queryable): Promise<void> {
  await tx.execute(sql`set local gin_pending_list_limit = '64MB'`);
}

/** Merges the search index's pending entries into the index (see deferSearchIndex). */
export async function settleSearchIndex(db: Queryable): Promise<void> {
  try {
    await db.execute(sql`select gin_clean_pending_list(${SEARCH_INDEX}::regclass)`);
  } catch (error) {
    // Only the index's owner may merge it. A role that only writes leaves the entries to autovacuum (PostgreSQL)
    // or to the next insert that overflows the list; searches find them meanwhile.
    if (errorCode(error) !== INSUFFICIENT_PRIVILEGE) throw error;
  }
}
