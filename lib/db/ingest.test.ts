import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client';
import { listArticles } from './articles';
import { getEvent } from './event-queries';
import { countEvents } from './events';
import { ingestArticle } from './ingest';
import { loadCorpusFromManifest } from './seed';
import { TEST_BACKENDS, openTestDatabase } from './testing';

/** A report, in another outlet's words, of an event the seeds already hold: Lavrov in Algiers on 10 May 2022. */
const SECOND_REPORT = `الجزائر - وصل وزير الخارجية الروسي سيرجي لافروف إلى الجزائر يوم 10 مايو 2022 في زيارة رسمية، واستقبله الرئيس عبد المجيد تبون.`;

function article(n: number): string {
  return `زار وزير خارجية روسيا سيرغي لافروف القاهرة في ${(n % 28) + 1} مارس 2021 والتقى نظيره المصري سامح شكري. (${n})`;
}

describe.each(TEST_BACKENDS)('ingesting articles on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await openTestDatabase(backend);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('stores an article with its events, and the same text again only once', async () => {
    const first = await ingestArticle(handle.db, { text: article(1), published: '2021-03-05' });
    expect(first.created).toBe(true);
    expect(first.events.length).toBeGreaterThan(0);
    const again = await ingestArticle(handle.db, { text: `  ${article(1).replace(/ /g, '  ')}\n`, published: '2021-03-05' });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(await listArticles(handle.db)).toHaveLength(1);
  });

  it('adds a new report of a known event as another source instead of a duplicate', async () => {
    await loadCorpusFromManifest(handle.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
    const result = await ingestArticle(handle.db, { text: SECOND_REPORT, published: '2022-05-11', outlet: 'Test outlet' });
    // The seeds tell this trip as Lavrov's talks in Algiers, so the merged event may be typed visit or meeting.
    const trip = result.events.find((event) => event.date?.start === '2022-05-10');
    expect(trip, JSON.stringify(result.events.map((e) => [e.id, e.type, e.date?.start]))).toBeDefined();
    const stored = await getEvent(handle.db, trip!.id);
    expect(stored!.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['004_f1f19904a7b4aaa8', result.article.id]));
  });

  it('stores all of 20 different articles sent at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => ingestArticle(handle.db, { text: article(i), published: '2021-03-30' })));
    expect(results.every((r) => r.created)).toBe(true);
    expect(await listArticles(handle.db)).toHaveLength(20);
  });

  it('stores one of 20 identical articles sent at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ingestArticle(handle.db, { text: article(7), published: '2021-03-30' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
    expect(await listArticles(handle.db)).toHaveLength(1);
  });

  it('leaves nothing half-written when the database refuses a row', async () => {
    await handle.db.execute(sql`alter table event_mentions add constraint refuse_all check (start < 0)`);
    await expect(ingestArticle(handle.db, { text: article(3), published: '2021-03-30' })).rejects.toThrow();
    expect(await listArticles(handle.db)).toHaveLength(0);
    expect(await countEvents(handle.db)).toBe(0);
  });
});
