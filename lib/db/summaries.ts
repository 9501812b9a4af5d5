import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from './client';
import { eventCountries } from './facets';
import { readableDates } from './readable';
import { eventFacetCounts, eventParticipants, events, eventYearCounts } from './schema';

/** The summary rows of the dated events among `eventIds` (all when undefined), their counts multiplied by `sign`. */
function summaryRows(db: Queryable, eventIds: string[] | undefined, sign: 1 | -1) {
  const scope = eventIds && inArray(events.id, eventIds);
  const dated = and(isNotNull(events.dateStart), readableDates, scope)!;
  const count = (sign > 0 ? sql<number>`count(*)::int` : sql<number>`(-count(*))::int`).as('events');
  const year = sql<number>`extract(year from ${events.dateStart})::int`;
  const countries = eventCountries(db, eventIds);
  return {
    years: db
      .select({ year: year.as('year'), type: events.type, modality: events.modality, country: events.country, events: count })
      .from(events)
      .where(dated)
      .groupBy(year, events.type, events.modality, events.country)
      .orderBy(year, events.type, events.modality, events.country),
    participants: db
      .select({ facet: sql<'participant'>`'participant'`.as('facet'), key: eventParticipants.entityId, type: events.type, modality: events.modality, events: count })
      .from(eventParticipants)
      .innerJoin(events, and(eq(events.id, eventParticipants.eventId), dated))
      .groupBy(eventParticipants.entityId, events.type, events.modality)
      .orderBy(eventParticipants.entityId, events.type, events.modality),
    countries: db
      .select({ facet: sql<'country'>`'country'`.as('facet'), key: sql<string>`${countries.country}`.as('key'), type: events.type, modality: events.modality, events: count })
      .from(countries)
      .innerJoin(events, and(eq(events.id, countries.eventId), dated))
      .groupBy(countries.country, events.type, events.modality)
      .orderBy(countries.country, events.type, events.modality),
  };
}

/**
 * Rebuilds the summary tables from the stored events: counts per year (zoomed-out clusters, type and modality
 * facets) and per participant and country (their facets). A rebuild of every event calls it in its transaction.
 */
export async function refreshSummaries(db: Queryable): Promise<void> {
  await db.delete(eventYearCounts);
  await db.delete(eventFacetCounts);
  const rows = summaryRows(db, undefined, 1);
  await db.insert(eventYearCounts).select(rows.years);
  await db.insert(eventFacetCounts).select(rows.participants);
  await db.insert(eventFacetCounts).select(rows.countries);
}

/**
 * Adds the counts of these stored events to the summary tables (sign 1), or takes them off (sign -1, before the
 * events go): a write that changes a few events changes a few summary rows. Rows that reach zero are removed.
 */
export async function adjustSummaries(db: Queryable, eventIds: string[], sign: 1 | -1): Promise<void> {
  if (eventIds.length === 0) return;
  const rows = summaryRows(db, eventIds, sign);
  const years = await db
    .insert(eventYearCounts)
    .select(rows.years)
    .onConflictDoUpdate({ target: [eventYearCounts.year, eventYearCounts.type, eventYearCounts.modality, eventYearCounts.country], set: { events: sql`${eventYearCounts.events} + excluded.events` } })
    .returning();
  const emptyYears = [...new Set(years.filter((r) => r.events === 0).map((r) => r.year))];
  if (emptyYears.length) await db.delete(eventYearCounts).where(and(eq(eventYearCounts.events, 0), inArray(eventYearCounts.year, emptyYears)));
  const target = [eventFacetCounts.facet, eventFacetCounts.key, eventFacetCounts.type, eventFacetCounts.modality];
  const set = { events: sql`${eventFacetCounts.events} + excluded.events` };
  const facets = [
    ...(await db.insert(eventFacetCounts).select(rows.participants).onConflictDoUpdate({ target, set }).returning()),
    ...(await db.insert(eventFacetCounts).select(rows.countries).onConflictDoUpdate({ target, set }).returning()),
  ];
  const emptyKeys = [...new Set(facets.filter((r) => r.events === 0).map((r) => r.key))];
  if (emptyKeys.length) await db.delete(eventFacetCounts).where(and(eq(eventFacetCounts.events, 0), inArray(eventFacetCounts.key, emptyKeys)));
}
