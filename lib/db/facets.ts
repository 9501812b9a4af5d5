import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { ViewFilters } from '@/lib/domain/filters';
import type { Queryable } from './client';
import { filterConditions } from './event-queries';
import { entities, eventParticipants, events } from './schema';

export interface Facets {
  types: Map<string, number>;
  modalities: Map<string, number>;
  countries: Map<string, number>;
  participants: Array<{ id: string; nameEn: string; nameAr: string; count: number }>;
}

/**
 * How many dated events each filter value would show. Each facet ignores its own filter, so the counts beside
 * a checked box say what the other boxes would add.
 */
export async function countFacets(db: Queryable, filters: ViewFilters, maxParticipants = 150): Promise<Facets> {
  const base = { ...filters, from: null, to: null };
  const where = (f: ViewFilters) => and(...filterConditions(f), isNotNull(events.dateStart));
  // Every country an event involves, its participants' and its place's, as the country filter reads them.
  const eventCountries = union(
    db.select({ eventId: eventParticipants.eventId, country: entities.country }).from(eventParticipants).innerJoin(entities, eq(entities.id, eventParticipants.entityId)).where(isNotNull(entities.country)),
    db.select({ eventId: events.id, country: entities.country }).from(events).innerJoin(entities, eq(entities.id, events.locationId)).where(isNotNull(entities.country)),
  ).as('event_countries');
  const [types, modalities, countries, participants] = await Promise.all([
    db.select({ key: events.type, n: sql<number>`count(*)::int` }).from(events).where(where({ ...base, types: [] })).groupBy(events.type),
    db.select({ key: events.modality, n: sql<number>`count(*)::int` }).from(events).where(where({ ...base, modalities: [] })).groupBy(events.modality),
    db
      .select({ key: eventCountries.country, n: sql<number>`count(distinct ${eventCountries.eventId})::int` })
      .from(eventCountries)
      .innerJoin(events, eq(events.id, eventCountries.eventId))
      .where(where({ ...base, countries: [] }))
      .groupBy(eventCountries.country),
    db
      .select({ id: entities.id, nameEn: entities.nameEn, nameAr: entities.nameAr, count: sql<number>`count(*)::int` })
      .from(eventParticipants)
      .innerJoin(events, eq(events.id, eventParticipants.eventId))
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(where({ ...base, participants: [] }))
      .groupBy(entities.id)
      .orderBy(desc(sql`count(*)`), entities.nameEn)
      .limit(maxParticipants),
  ]);
  const toMap = (rows: Array<{ key: string | null; n: number }>) => new Map(rows.filter((r) => r.key !== null).map((r) => [r.key!, r.n]));
  return { types: toMap(types), modalities: toMap(modalities), countries: toMap(countries), participants };
}
