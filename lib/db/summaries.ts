import { and, inArray, isNotNull, sql, type SQLWrapper } from 'drizzle-orm';
import { pushTo } from '@/lib/collections';
import type { Queryable } from './client';
import { eventCountries } from './facets';
import { insertRows, textArray } from './json-rows';
import { readableDates } from './readable';
import { eventFacetCounts, eventParticipants, events, eventYearCounts } from './schema';

/** What one stored event counts in: its start year, type, modality and lane country; its participants; its countries. */
export interface SummaryFacts {
  year: number;
  type: string;
  modality: string;
  country: string | null;
  participants: string[];
  countries: string[];
}

type YearRow = typeof eventYearCounts.$inferInsert;
type FacetRow = typeof eventFacetCounts.$inferInsert;

/** Rows of the summary tables with the counts some events add to them (or take off, negative). */
export interface SummaryCounts {
  years: Map<string, YearRow>;
  facets: Map<string, FacetRow>;
}

/**
 * The facts of the stored dated, readable events among `eventIds` (every one when undefined), in three queries
 * whatever their number. The countries of an event are its participants' and its place's (facets.ts
 * eventCountries, as the country filter reads them).
 */
export async function summaryFacts(db: Queryable, eventIds?: string[]): Promise<SummaryFacts[]> {
  if (eventIds && eventIds.length === 0) return [];
  const ids = eventIds && textArray(eventIds);
  const among = (eventId: SQLWrapper) => (ids ? sql`${eventId} = any(${ids})` : undefined);
  const rows = await db
    .select({ id: events.id, year: sql<number>`extract(year from ${events.dateStart})::int`, type: events.type, modality: events.modality, country: events.country })
    .from(events)
    .where(and(isNotNull(events.dateStart), readableDates, among(events.id)));
  const participants = new Map<string, string[]>();
  for (const p of await db.select({ eventId: eventParticipants.eventId, entityId: eventParticipants.entityId }).from(eventParticipants).where(among(eventParticipants.eventId))) {
    pushTo(participants, p.eventId, p.entityId);
  }
  const countries = new Map<string, string[]>();
  const involved = eventCountries(db, ids && among);
  for (const c of await db.select({ eventId: involved.eventId, country: involved.country }).from(involved)) if (c.country) pushTo(countries, c.eventId, c.country);
  return rows.map(({ id, ...row }) => ({ ...row, participants: participants.get(id) ?? [], countries: countries.get(id) ?? [] }));
}

/** Adds what `facts` count, times `sign`, to `into` (a new tally when left out). */
export function countSummaries(facts: SummaryFacts[], sign: 1 | -1, into: SummaryCounts = { years: new Map(), facets: new Map() }): SummaryCounts {
  const add = <Row extends { events: number }>(map: Map<string, Row>, key: string, row: Row) => {
    const known = map.get(key);
    if (known) known.events += sign;
    else map.set(key, { ...row, events: sign });
  };
  for (const f of facts) {
    add(into.years, JSON.stringify([f.year, f.type, f.modality, f.country]), { year: f.year, type: f.type, modality: f.modality, country: f.country, events: 0 });
    for (const key of new Set(f.participants)) add(into.facets, JSON.stringify(['participant', key, f.type, f.modality]), { facet: 'participant' as const, key, type: f.type, modality: f.modality, events: 0 });
    for (const key of new Set(f.countries)) add(into.facets, JSON.stringify(['country', key, f.type, f.modality]), { facet: 'country' as const, key, type: f.type, modality: f.modality, events: 0 });
  }
  return into;
}

/** The rows that change, in key order (so concurrent writers lock summary rows in one order). */
const changed = <Row extends { events: number }>(map: Map<string, Row>) => [...map].filter(([, row]) => row.events !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);

/**
 * Adds counts to the summary tables, one statement per table: a write that changes a few events changes a few
 * summary rows. Rows that reach zero are removed.
 */
export async function adjustSummaries(db: Queryable, counts: SummaryCounts): Promise<void> {
  const years = changed(counts.years);
  const facets = changed(counts.facets);
  await insertRows(db, eventYearCounts, years, sql`on conflict (year, type, modality, country) do update set events = ${eventYearCounts}.events + excluded.events`);
  await insertRows(db, eventFacetCounts, facets, sql`on conflict (facet, key, type, modality) do update set events = ${eventFacetCounts}.events + excluded.events`);
  const emptyYears = [...new Set(years.filter((r) => r.events < 0).map((r) => r.year))];
  if (emptyYears.length) await db.delete(eventYearCounts).where(and(sql`${eventYearCounts.events} = 0`, inArray(eventYearCounts.year, emptyYears)));
  const emptyKeys = [...new Set(facets.filter((r) => r.events < 0).map((r) => r.key))];
  if (emptyKeys.length) await db.delete(eventFacetCounts).where(and(sql`${eventFacetCounts.events} = 0`, inArray(eventFacetCounts.key, emptyKeys)));
}

/**
 * Rebuilds the summary tables from the stored events: counts per year (zoomed-out clusters, type and modality
 * facets) and per participant and country (their facets). A rebuild of every event calls it in its transaction.
 */
export async function refreshSummaries(db: Queryable): Promise<void> {
  await db.delete(eventYearCounts);
  await db.delete(eventFacetCounts);
  await adjustSummaries(db, countSummaries(await summaryFacts(db), 1));
}
