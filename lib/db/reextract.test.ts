import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { engineVersion } from './engine-version';
import { countUnanalysed, reextractCorpus } from './reextract';
import { articleAnalyses, events } from './schema';
import { loadCorpusFromManifest } from './seed';
import { TEST_BACKENDS, openTestDatabase } from './testing';

describe.each(TEST_BACKENDS)('re-extraction after an engine change on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await loadCorpusFromManifest(handle.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  const titles = async () => (await handle.db.select({ id: events.id, title: events.titleEn }).from(events).orderBy(events.id)).map((e) => `${e.id} ${e.title}`);

  it('re-analyses what an older engine analysed, serving the old events until one transaction switches', async () => {
    const current = await titles();
    // What an older engine left: its analyses stamped with its version, and an event it titled differently.
    await handle.db.update(articleAnalyses).set({ engineVersion: 'older-engine' });
    const [first] = await handle.db.select({ id: events.id }).from(events).orderBy(events.id).limit(1);
    await handle.db.update(events).set({ titleEn: 'Told by the older engine' }).where(eq(events.id, first!.id));
    const served = await titles();
    expect(await countUnanalysed(handle.db)).toBe(5);

    const progress: Array<[number, number]> = [];
    const seenWhileStaging: string[][] = [];
    const result = await reextractCorpus(handle.db, {
      batchSize: 2,
      onProgress: async (done, total) => {
        progress.push([done, total]);
        seenWhileStaging.push(await titles());
      },
    });
    // Batches of two, each staged in a short transaction of its own; readers saw the older events throughout.
    expect(progress).toEqual([[0, 5], [2, 5], [4, 5], [5, 5]]);
    expect(seenWhileStaging).toEqual([served, served, served, served]);
    expect(served).not.toEqual(current);
    expect(result.analysed).toBe(5);
    expect(await titles()).toEqual(current);
    expect(await countUnanalysed(handle.db)).toBe(0);
    const versions = await handle.db.select({ v: articleAnalyses.engineVersion, n: sql<number>`count(*)::int` }).from(articleAnalyses).groupBy(articleAnalyses.engineVersion);
    expect(versions).toEqual([{ v: engineVersion(), n: 5 }]);
  });
});
