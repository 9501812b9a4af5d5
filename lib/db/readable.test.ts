import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { DEFAULT_MODALITIES, type ViewFilters } from '@/lib/domain/filters';
import type { DatabaseHandle } from './client';
import { eventsOfArticle, getEvent, queryEventPage } from './event-queries';
import { loadCorpusFromManifest } from './seed';
import { refreshSummaries } from './summaries';
import { TEST_BACKENDS, openTestDatabase } from './testing';
import { datedExtent, timelineWindow } from './timeline-window';

const all: ViewFilters = { from: null, to: null, types: [], modalities: DEFAULT_MODALITIES, participants: [], countries: [], q: '' };
const ARTICLE = '004_f1f19904a7b4aaa8';

/**
 * Rows no reader can draw, as a hand edit or an older version might have left them, mentioned in a seed article.
 * Their ids carry the backend's name: each is logged once per process, and both backends run in this one.
 */
function badRows(backend: string): Array<[string, string, string, string]> {
  return [
    [`${backend}-bad-year-10000`, '10000-01-01', 'visit', 'day'],
    [`${backend}-bad-before-christ`, '0044-03-15 BC', 'visit', 'day'],
    [`${backend}-bad-before-1900`, '1850-06-01', 'visit', 'day'],
    [`${backend}-bad-type`, '2020-01-01', 'coronation', 'day'],
    [`${backend}-bad-precision`, '2020-01-01', 'visit', 'fortnight'],
  ];
}

describe.each(TEST_BACKENDS)('readers meeting rows they cannot draw, on %s', (backend) => {
  let handle: DatabaseHandle;
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await loadCorpusFromManifest(handle.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
    for (const [id, day, type, precision] of badRows(backend)) {
      await handle.db.execute(sql`insert into events (id, type, modality, date_start, date_end, precision, title_en, title_ar, confidence, search_text)
        values (${id}, ${type}, 'occurred', ${day}::date, ${day}::date, ${precision}, ${`Title ${id}`}, 'عنوان', 0.5, 'lavrov')`);
      await handle.db.execute(sql`insert into event_mentions (event_id, article_id, start, "end", quote) values (${id}, ${ARTICLE}, 0, 5, 'quote')`);
    }
    await refreshSummaries(handle.db);
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('leave those dated outside 1900 … 9999 out of the extent, the windows, the lists and the summaries', async () => {
    expect(await datedExtent(handle.db, all)).toEqual({ from: expect.stringMatching(/^20\d\d-/), to: expect.stringMatching(/^20\d\d-/) });
    const drawn = await timelineWindow(handle.db, { ...all, from: '1000-01-01', to: '9999-12-31' }, 'type', 400);
    expect(drawn.events.map((e) => e.id).filter((id) => id.includes('-bad-'))).toEqual([]);
    // Forced into clusters, the window is summed from the per-year summary.
    const clustered = await timelineWindow(handle.db, { ...all, from: '1000-01-01', to: '9999-12-31' }, 'type', 0);
    expect(clustered.clusters.length).toBeGreaterThan(0);
    expect(clustered.clusters.filter((c) => c.start < '1900' || c.start.length > 10)).toEqual([]);
    const page = await queryEventPage(handle.db, { ...all, dated: true, limit: 1000 });
    expect(page.events.map((e) => e.id).filter((id) => id.includes('-bad-'))).toEqual([]);
  });

  it('skip them and log each (once), when asked for them by id or by article', async () => {
    for (const [id] of badRows(backend)) expect(await getEvent(handle.db, id)).toBeNull();
    const ofArticle = await eventsOfArticle(handle.db, ARTICLE);
    expect(ofArticle.length).toBeGreaterThan(0);
    expect(ofArticle.map((e) => e.id).filter((id) => id.includes('-bad-'))).toEqual([]);
    const logged = warn.mock.calls.map((call) => String(call[0]));
    for (const [id] of badRows(backend)) expect(logged.some((line) => line.includes(`"${id}"`)), id).toBe(true);
  });
});
