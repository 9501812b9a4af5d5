import { sql } from 'drizzle-orm';
import type { ExtractedEvent, Participant, Place } from '@/lib/domain/event';
import { mainParticipant } from '@/lib/domain/participants';
import { foldForMatch } from '@/lib/extract/normalize';
import type { Queryable } from './client';
import { refreshSummaries } from './summaries';
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

const CHUNK = 500;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Replaces every stored event with a fresh extraction of the whole corpus; call inside a transaction. */
export async function replaceAllEvents(db: Queryable, list: ExtractedEvent[]): Promise<void> {
  await db
    .insert(corpusState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: corpusState.id, set: { version: sql`${corpusState.version} + 1`, updatedAt: sql`now()` } });
  await db.delete(events);
  await insertChunked(entityRows(list), (chunk) =>
    db.insert(entities).values(chunk).onConflictDoUpdate({
      target: entities.id,
      set: { nameEn: sql`excluded.name_en`, nameAr: sql`excluded.name_ar`, country: sql`excluded.country` },
    }),
  );
  await insertChunked(list, (chunk) =>
    db.insert(events).values(
      chunk.map((event) => ({
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
        titleEn: event.title.en,
        titleAr: event.title.ar,
        locationId: event.location?.entityId ?? null,
        mainParticipantId: mainParticipant(event)?.entityId ?? null,
        country: mainParticipant(event)?.country ?? event.location?.country ?? null,
        confidence: event.confidence,
        searchText: searchTextOf(event),
      })),
    ),
  );
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
    (chunk) => db.insert(eventMentions).values(chunk),
  );
  await insertChunked(
    list.flatMap((event) =>
      event.participants.map((participant, position) => ({ eventId: event.id, entityId: participant.entityId, role: participant.role, position })),
    ),
    (chunk) => db.insert(eventParticipants).values(chunk).onConflictDoNothing(),
  );
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
