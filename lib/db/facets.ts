import { and, desc, eq, inArray, isNotNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { ViewFilters } from '@/lib/domain/filters';
import type { Queryable } from './client';
import { filterConditions } from './event-queries';
import { entities, eventFacetCounts, eventParticipants, events, eventYearCounts } from './schema';

export interface Facets {
  types: Map<string, number>;
  modalities: Map<string, number>;
  countries: Map<string, number>;
  participants: Array<{ id: string; nameEn: string; nameAr: string; count: number }>;
}

/**
 * Every country an event involves, its participants' and its place's, as the country filter reads them. `of`
 * restricts it to some events (a condition on the event id), inside each arm: the planner cannot push a filter on
 * the outer query through the union's DISTINCT.
 */
export function eventCountries(db: Queryable, of?: (eventId: SQLWrapper) => SQL | undefined) {
  return union(
    db.select({ eventId: eventParticipants.eventId, country: entities.country }).from(eventParticipants).innerJoin(entities, eq(entities.id, eventParticipants.entityId)).where(and(isNotNull(entities.country), of?.(eventParticipants.eventId))),
    db.select({ eventId: events.id, country: entities.country }).from(events).innerJoin(entities, eq(entities.id, events.locationId)).where(and(isNotNull(entities.country), of?.(events.id))),
  ).as('event_countries');
}

/**
 * How many dated events each filter value would show. Each facet ignores its own filter, so the counts beside
 * a checked box say what the other boxes would add. Filters on types and modalities alone are answered from the
 * summary tables; participants, countries or a search count the events they select.
 */
export async function countFacets(db: Queryable, filters: ViewFilters, maxParticipants = 150): Promise<Facets> {
  const summarised = !filters.participants.length && !filters.countries.length && !filters.q;
  const [types, modalities, countries, participants] = await (summarised ? fromSummaries(db, filters, maxParticipants) : fromEvents(db, filters, maxParticipants));
  const toMap = (rows: Array<{ key: string | null; n: number }>) => new Map(rows.filter((r) => r.key !== null).map((r) => [r.key!, r.n]));
  return { types: toMap(types), modalities: toMap(modalities), countries: toMap(countries), participants };
}

type FacetRows = [Array<{ key: string | null; n: number }>, Array<{ key: string | null; n: number }>, Array<{ key: string | null; n: number }>, Facets['participants']];

function fromSummaries(db: Queryable, filters: ViewFilters, maxParticipants: number): Promise<FacetRows> {
  const n = (column: typeof eventYearCounts.events | typeof eventFacetCounts.events) => sql<number>`sum(${column})::int`;
  const typed = (column: typeof eventYearCounts.type | typeof eventFacetCounts.type, f: ViewFilters): SQL[] => (f.types.length ? [inArray(column, f.types)] : []);
  const moded = (column: typeof eventYearCounts.modality | typeof eventFacetCounts.modality, f: ViewFilters): SQL[] => (f.modalities.length ? [inArray(column, f.modalities)] : []);
  const facet = (kind: 'participant' | 'country') => [eq(eventFacetCounts.facet, kind), ...typed(eventFacetCounts.type, filters), ...moded(eventFacetCounts.modality, filters)];
  return Promise.all([
    db.select({ key: eventYearCounts.type, n: n(eventYearCounts.events) }).from(eventYearCounts).where(and(...moded(eventYearCounts.modality, filters))).groupBy(eventYearCounts.type),
    db.select({ key: eventYearCounts.modality, n: n(eventYearCounts.events) }).from(eventYearCounts).where(and(...typed(eventYearCounts.type, filters))).groupBy(eventYearCounts.modality),
    db.select({ key: eventFacetCounts.key, n: n(eventFacetCounts.events) }).from(eventFacetCounts).where(and(...facet('country'))).groupBy(eventFacetCounts.key),
    db
      .select({ id: entities.id, nameEn: entities.nameEn, nameAr: entities.nameAr, count: n(eventFacetCounts.events) })
      .from(eventFacetCounts)
      .innerJoin(entities, eq(entities.id, eventFacetCounts.key))
      .where(and(...facet('participant')))
      .groupBy(entities.id)
      .orderBy(desc(n(eventFacetCounts.events)), entities.nameEn)
      .limit(maxParticipants),
  ]);
}

function fromEvents(db: Queryable, filters: ViewFilters, maxParticipants: number): Promise<FacetRows> {
  const base = { ...filters, from: null, to: null };
  const where = (f: ViewFilters) => and(...filterConditions(f), isNotNull(events.dateStart));
  const countries = eventCountries(db);
  return Promise.all([
    db.select({ key: events.type, n: sql<number>`count(*)::int` }).from(events).where(where({ ...base, types: [] })).groupBy(events.type),
    db.select({ key: events.modality, n: sql<number>`count(*)::int` }).from(events).where(where({ ...base, modalities: [] })).groupBy(events.modality),
    db
      .select({ key: countries.country, n: sql<number>`count(distinct ${countries.eventId})::int` })
      .from(countries)
      .innerJoin(events, eq(events.id, countries.eventId))
      .where(where({ ...base, countries: [] }))
      .groupBy(countries.country),
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
}
