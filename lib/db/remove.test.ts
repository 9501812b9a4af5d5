import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { DatabaseHandle } from './client';
import { getArticle } from './articles';
import { getEvent } from './event-queries';
import { ingestArticle } from './ingest';
import { retiredEvent } from './aliases';
import { removeArticle } from './remove';
import { loadCorpusFromManifest } from './seed';
import { TEST_BACKENDS, openTestDatabase } from './testing';

const TUNIS = 'تونس - أجرى وزير الخارجية الروسي سيرغي لافروف يوم 14 مارس 2023 محادثات في تونس مع نظيره التونسي نبيل عمار حول التعاون الثنائي.';
/** Another outlet's report of an event the seeds hold: Lavrov in Algiers on 10 May 2022. */
const SECOND_REPORT = 'الجزائر - وصل وزير الخارجية الروسي سيرجي لافروف إلى الجزائر يوم 10 مايو 2022 في زيارة رسمية، واستقبله الرئيس عبد المجيد تبون.';

describe.each(TEST_BACKENDS)('removing an article on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await openTestDatabase(backend);
    await loadCorpusFromManifest(handle.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
  });
  afterEach(async () => {
    await handle.close();
  });

  it('takes away the events it alone reported, whose ids then say why, and brings them back when it returns', async () => {
    const tunis = await ingestArticle(handle.db, { text: TUNIS, published: '2023-03-15' });
    const [talks] = tunis.events;
    expect(talks?.date?.start).toBe('2023-03-14');

    const removed = await removeArticle(handle.db, tunis.article.id);
    expect(removed?.retired).toEqual([talks!.id]);
    expect(await getArticle(handle.db, tunis.article.id)).toBeNull();
    expect(await getEvent(handle.db, talks!.id)).toBeNull();
    expect((await retiredEvent(handle.db, talks!.id))?.note).toContain(TUNIS.slice(0, 20));

    const again = await ingestArticle(handle.db, { text: TUNIS, published: '2023-03-15' });
    expect(again.events.map((e) => e.id)).toContain(talks!.id);
    expect(await retiredEvent(handle.db, talks!.id)).toBeNull();
  });

  it('keeps an event another article still reports, without the removed source', async () => {
    const second = await ingestArticle(handle.db, { text: SECOND_REPORT, published: '2022-05-11', outlet: 'Second outlet' });
    const trip = second.events.find((e) => e.date?.start === '2022-05-10')!;
    expect((await getEvent(handle.db, trip.id))!.sources.map((s) => s.id)).toContain(second.article.id);

    const removed = await removeArticle(handle.db, second.article.id);
    expect(removed?.retired).not.toContain(trip.id);
    const kept = await getEvent(handle.db, trip.id);
    expect(kept?.sources.map((s) => s.id)).toEqual(['004_f1f19904a7b4aaa8']);
  });

  it('answers null for an article it does not hold, and changes nothing', async () => {
    expect(await removeArticle(handle.db, 'no-such-article')).toBeNull();
  });
});
