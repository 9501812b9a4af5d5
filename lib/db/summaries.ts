import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from './client';
import { eventCountries } from './facets';
import { readableDates } from './readable';
import { eventFacetCounts, eventParticipants, events, eventYearCounts } from './schema';

/**
 * Rebuilds the summary tables from the stored events: counts per year (zoomed-out clusters, type and modality
 * facets) and per participant and country (their facets). Every write of the events calls it in its transaction.
 */
export async function refreshSummaries(db: Queryable): Promise<void> {
  await db.delete(eventYearCounts);
  await db.delete(eventFacetCounts);
  const dated = and(isNotNull(events.dateStart), readableDates)!;
  const count = sql<number>`count(*)::int`.as('events');

  const year = sql<number>`extract(year from ${events.dateStart})::int`;
  await db.insert(eventYearCounts).select(
    db
      .select({ year: year.as('year'), type: events.type, modality: events.modality, country: events.country, events: count })
      .from(events)
      .where(dated)
      .groupBy(year, events.type, events.modality, events.country),
  );

  await db.insert(eventFacetCounts).select(
    db
      .select({ facet: sql<'participant'>`'participant'`.as('facet'), key: eventParticipants.entityId, type: events.type, modality: events.modality, events: count })
      .from(eventParticipants)
      .innerJoin(events, and(eq(events.id, eventParticipants.eventId), dated))
      .groupBy(eventParticipants.entityId, events.type, events.modality),
  );
  const countries = eventCountries(db);
  await db.insert(eventFacetCounts).select(
    db
      .select({ facet: sql<'country'>`'country'`.as('facet'), key: sql<string>`${countries.country}`.as('key'), type: events.type, modality: events.modality, events: count })
      .from(countries)
      .innerJoin(events, and(eq(events.id, countries.eventId), dated))
      .groupBy(countries.country, events.type, events.modality),
  );
}
