import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DEFAULT_MODALITIES, type ViewFilters } from '@/lib/domain/filters';
import { generateSyntheticCorpus } from '@/lib/synthetic/generate';
import { MIGRATIONS_FOLDER } from './client';
import { replaceAllEvents } from './events';
import { countFacets } from './facets';
import { eventFacetCounts, eventYearCounts } from './schema';
import { TEST_BACKENDS, syntheticTestDatabase } from './testing';

const corpus = generateSyntheticCorpus(2000, 11);
const none: ViewFilters = { from: null, to: null, types: [], modalities: DEFAULT_MODALITIES, participants: [], countries: [], q: '' };

/** Facet counts worked out from the corpus itself. */
function expectedFacets(keep: (e: (typeof corpus.events)[number]) => boolean) {
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const countries = new Map<string, number>();
  const participants = new Map<string, number>();
  for (const event of corpus.events) {
    if (!event.date || !keep(event)) continue;
    const involved = new Set([...event.participants.map((p) => p.country), event.location?.country].filter((c): c is string => !!c));
    for (const country of involved) add(countries, country);
    for (const p of event.participants) add(participants, p.entityId);
  }
  return { countries, participants };
}

describe.each(TEST_BACKENDS)('summary tables on %s', (backend) => {
  const database = syntheticTestDatabase(backend, corpus);

  it('give the facet counts that counting the events gives', async () => {
    const filters = { ...none, types: ['visit' as const, 'meeting' as const] };
    const facets = await countFacets(database().db, filters, 1000);
    const keep = (e: (typeof corpus.events)[number]) => filters.types.includes(e.type as 'visit') && DEFAULT_MODALITIES.includes(e.modality);
    const expected = expectedFacets(keep);
    expect(facets.countries).toEqual(expected.countries);
    expect(new Map(facets.participants.map((p) => [p.id, p.count]))).toEqual(expected.participants);
    const visits = corpus.events.filter((e) => e.date && e.type === 'visit' && DEFAULT_MODALITIES.includes(e.modality)).length;
    expect(facets.types.get('visit')).toBe(visits);
    // A participant filter counts the events themselves; the type counts agree with the summary's.
    const someone = facets.participants[0]!.id;
    const filtered = await countFacets(database().db, { ...none, participants: [someone] });
    const theirs = corpus.events.filter((e) => e.date && DEFAULT_MODALITIES.includes(e.modality) && e.participants.some((p) => p.entityId === someone));
    expect([...filtered.types.values()].reduce((a, b) => a + b, 0)).toBe(theirs.length);
  });

  it('are filled by the migrations as by a rebuild, and follow the next rebuild', async () => {
    const snapshot = async () => ({
      years: await database().db.select().from(eventYearCounts).orderBy(sql`1, 2, 3, 4`),
      facets: await database().db.select().from(eventFacetCounts).orderBy(sql`1, 2, 3, 4`),
    });
    const rebuilt = await snapshot();
    await database().db.delete(eventYearCounts);
    await database().db.delete(eventFacetCounts);
    for (const file of ['0002_window_summaries.sql', '0003_facet_summary.sql']) {
      const statements = readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint');
      for (const statement of statements.filter((s) => /^\s*(--.*\n\s*)*INSERT/i.test(s))) await database().db.execute(sql.raw(statement));
    }
    expect(await snapshot()).toEqual(rebuilt);

    await replaceAllEvents(database().db, corpus.events.slice(0, 100));
    const [row] = await database().db.select({ n: sql<number>`sum(${eventYearCounts.events})::int` }).from(eventYearCounts);
    expect(row?.n).toBe(corpus.events.slice(0, 100).filter((e) => e.date).length);
  });
});
