import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusSync } from '@/lib/corpus/load';
import type { ExtractedEvent } from '@/lib/domain/event';
import { extractCorpus } from '@/lib/extract';
import { boundEventDates } from '@/lib/ingest/date-bounds';
import { generateEngineCorpus } from '@/lib/synthetic/articles';
import { seededRandom } from '@/lib/synthetic/random';
import { toArticleInput, type NewArticle } from './articles';
import type { DatabaseHandle } from './client';
import { queryEvents } from './event-queries';
import { articleFromEntry, ingestArticles } from './ingest';
import { removeArticle } from './remove';
import { eventFacetCounts, eventYearCounts } from './schema';
import { refreshSummaries } from './summaries';
import { TEST_BACKENDS, openTestDatabase } from './testing';

/**
 * The acceptance of incremental ingest: whatever order articles arrive in, one by one or in batches, and whatever
 * is removed and added again, the stored events are those a from-scratch extraction of the same articles gives —
 * ids, dates, participants, titles and every mention. The synthetic articles crowd a dozen people into two years,
 * a third of their lines retelling another article's event, so that reports merge, dates to the month or year
 * join day-precise events, and ids collide.
 */
const manifests = ['seeds/manifest.json', 'lib/eval/heldout/manifest.json', 'lib/eval/heldout2/manifest.json'];
const written: NewArticle[] = manifests.flatMap((m) => readCorpusSync(path.join(process.cwd(), m)).map(articleFromEntry));
const synthetic: NewArticle[] = generateEngineCorpus({ articles: 240, seed: 15, people: 12, years: [2019, 2020], lines: 6, retold: 0.35, month: 0.15, year: 0.1 }).map((a) => ({
  id: a.id, file: null, title: a.title, titleEn: null, outlet: a.outlet, url: null, published: a.published, publishedPrecision: 'day', publishedNote: null, text: a.text,
}));
const corpus = [...written, ...synthetic];

/** What the events are, in a form two extractions can be compared in. */
function comparable(events: ExtractedEvent[]) {
  return events
    .map((e) => ({
      id: e.id, type: e.type, modality: e.modality, date: e.date, title: e.title, confidence: e.confidence,
      participants: e.participants.map((p) => `${p.entityId}:${p.role ?? ''}`),
      location: e.location?.entityId ?? null,
      mentions: e.mentions.map((m) => `${m.articleId}:${m.start}-${m.end}:${m.dateSpan ? `${m.dateSpan.start}-${m.dateSpan.end}` : ''}:${m.quote}`).sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function fromScratch(articles: NewArticle[]) {
  const today = new Date().toISOString().slice(0, 10);
  const events = extractCorpus(articles.map(toArticleInput));
  return comparable(boundEventDates(events, articles.map((a) => ({ id: a.id, published: a.published ?? null, stored: today }))).events);
}

async function stored(handle: DatabaseHandle) {
  const all = { from: null, to: null, types: [], modalities: [], participants: [], countries: [], q: '', limit: 100_000 };
  return comparable([...(await queryEvents(handle.db, { ...all, dated: true })), ...(await queryEvents(handle.db, { ...all, dated: false }))]);
}

function shuffled<T>(list: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Consecutive batches of 1 to 40 articles. */
function batches<T>(list: T[], seed: number): T[][] {
  const random = seededRandom(seed);
  const out: T[][] = [];
  for (let i = 0; i < list.length; ) {
    const n = 1 + Math.floor(random() * 40);
    out.push(list.slice(i, i + n));
    i += n;
  }
  return out;
}

const expected = fromScratch(corpus);

describe.each(TEST_BACKENDS)('the events do not depend on the order articles arrive in, on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('holds a corpus that merges across articles', () => {
    expect(corpus.length).toBeGreaterThan(250);
    expect(expected.filter((e) => new Set(e.mentions.map((m) => m.split(':')[0])).size > 1).length).toBeGreaterThan(100);
    expect(expected.filter((e) => /-\d+$/.test(e.id)).length).toBeGreaterThan(5);
  });

  it('one article at a time, in a shuffled order', async () => {
    for (const article of shuffled(corpus, 1)) await ingestArticles(handle.db, [article]);
    expect(await stored(handle)).toEqual(expected);
  }, 600_000);

  it('after articles are removed, then added again in batches', async () => {
    const leaving = shuffled(corpus, 2).slice(0, 25);
    for (const article of leaving) await removeArticle(handle.db, article.id);
    const staying = corpus.filter((a) => !leaving.includes(a));
    expect(await stored(handle)).toEqual(fromScratch(staying));
    for (const batch of batches(shuffled(leaving, 3), 4)) await ingestArticles(handle.db, batch);
    expect(await stored(handle)).toEqual(expected);
  }, 600_000);

  it('in batches of up to 40, in another order, on an empty database', async () => {
    await handle.close();
    handle = await openTestDatabase(backend);
    for (const batch of batches(shuffled(corpus, 5), 6)) await ingestArticles(handle.db, batch);
    expect(await stored(handle)).toEqual(expected);
  }, 600_000);

  it('keeps the summary tables as counting every event again gives them', async () => {
    const snapshot = async () => ({
      years: await handle.db.select().from(eventYearCounts).orderBy(sql`1, 2, 3, 4`),
      facets: await handle.db.select().from(eventFacetCounts).orderBy(sql`1, 2, 3, 4`),
    });
    const kept = await snapshot();
    expect(kept.years.length).toBeGreaterThan(10);
    await handle.db.transaction((tx) => refreshSummaries(tx));
    expect(await snapshot()).toEqual(kept);
  });
});
