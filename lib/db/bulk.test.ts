import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBulk } from '@/lib/corpus/bulk';
import type { DatabaseHandle } from './client';
import { listArticles } from './articles';
import { enqueueBulk, finishSummary } from './bulk';
import { countEvents } from './events';
import { enqueueArticles, queuedJobs, workQueue } from './jobs';
import { articleFromSubmission } from './ingest';
import { ingestJobs } from './schema';
import { TEST_BACKENDS, openTestDatabase } from './testing';

function report(day: number): string {
  return `زار وزير خارجية روسيا سيرغي لافروف القاهرة في ${day} مارس 2021 والتقى نظيره المصري سامح شكري.`;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bulk-test-'));
  await cp(path.join(process.cwd(), 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  await mkdir(path.join(dir, 'folder'));
  await writeFile(path.join(dir, 'folder', 'a.txt'), report(3));
  await writeFile(path.join(dir, 'folder', 'a.json'), JSON.stringify({ published: '2021-03-04', outlet: 'Folder outlet' }));
  await writeFile(path.join(dir, 'folder', 'b.txt'), report(9));
  await writeFile(path.join(dir, 'folder', 'c.txt'), 'no Arabic here');
  await writeFile(path.join(dir, 'folder', 'notes.md'), 'not an article');
  const lines = [JSON.stringify({ text: report(12), published: '2021-03-13' }), '', '{broken', JSON.stringify({ text: report(3), published: '2021-03-04' })];
  await writeFile(path.join(dir, 'feed.jsonl'), lines.join('\n'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[]) {
  const items = [];
  for await (const item of readBulk(inputs, '2026-01-01')) items.push(item);
  return items;
}

describe('reading bulk inputs', () => {
  it('reads a manifest, a folder with its sidecars and JSON Lines, refusing bad entries with their reasons', async () => {
    const items = await collect([path.join(dir, 'seeds', 'manifest.json'), path.join(dir, 'folder'), path.join(dir, 'feed.jsonl'), path.join(dir, 'missing')]);
    expect(items.map((i) => i.kind)).toEqual(['manifest', 'manifest', 'manifest', 'manifest', 'manifest', 'submission', 'submission', 'refused', 'submission', 'refused', 'submission', 'refused']);
    const folderA = items[5]!;
    expect(folderA.kind === 'submission' && folderA.submission).toMatchObject({ published: '2021-03-04', outlet: 'Folder outlet' });
    expect(items[7]).toMatchObject({ origin: path.join(dir, 'folder', 'c.txt'), reason: expect.stringContaining('no Arabic') });
    expect(items[9]).toMatchObject({ origin: `${path.join(dir, 'feed.jsonl')} line 3`, reason: 'not valid JSON' });
    expect(items[11]).toMatchObject({ reason: 'no such file or folder' });
  });

  it('refuses a manifest entry whose file is missing, and goes on with the others', async () => {
    const manifest = path.join(dir, 'seeds', 'broken.json');
    await writeFile(manifest, JSON.stringify({ articles: [{ file: 'gone.txt', title: 'x', published: '2021-03', publishedPrecision: 'month', outlet: 'o', url: null }, { file: '000_561b1ae7c5379dec.txt', title: 'y', published: '2018-01', publishedPrecision: 'month', outlet: 'o', url: null }] }));
    const items = await collect([manifest]);
    expect(items.map((i) => i.kind)).toEqual(['refused', 'manifest']);
    expect(items[0]).toMatchObject({ reason: 'article file missing: gone.txt' });
  });
});

describe.each(TEST_BACKENDS)('bulk ingest on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await openTestDatabase(backend);
  });
  afterEach(async () => {
    await handle.close();
  });

  const inputs = () => [path.join(dir, 'seeds', 'manifest.json'), path.join(dir, 'folder'), path.join(dir, 'feed.jsonl')];

  it('stores every new text once, resumes an interrupted run, and adds nothing when run again', async () => {
    // An interrupted run: everything was queued, no worker finished.
    const interrupted = await enqueueBulk(handle.db, readBulk(inputs()), 'run-1');
    expect(interrupted.queued).toBe(8);
    expect(interrupted.refused).toHaveLength(2);

    const rerun = await enqueueBulk(handle.db, readBulk(inputs()), 'run-2');
    expect(rerun.queued).toBe(8);
    expect(await queuedJobs(handle.db)).toBe(8);
    expect(await workQueue(handle.db, { batchSize: 3 })).toBe(8);
    const summary = await finishSummary(handle.db, 'run-2', rerun);
    expect(summary.added).toBe(8);
    expect(summary.failed).toEqual([]);
    // The feed's last line repeats the folder's first text: present, not stored twice.
    expect(summary.present.map((p) => p.origin)).toEqual([`${path.join(dir, 'feed.jsonl')} line 4`]);
    expect(await listArticles(handle.db)).toHaveLength(8);
    const events = await countEvents(handle.db);
    expect(events).toBeGreaterThan(50);

    const again = await enqueueBulk(handle.db, readBulk(inputs()), 'run-3');
    expect(again.queued).toBe(0);
    expect(again.present).toHaveLength(9);
    expect((await finishSummary(handle.db, 'run-3', again)).added).toBe(0);
    expect(await countEvents(handle.db)).toBe(events);
  });

  it('fails, with its reason, an entry whose id another stored text has, and stores the rest', async () => {
    const other = path.join(dir, 'other');
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, '000_561b1ae7c5379dec.txt'), report(20));
    await writeFile(path.join(other, 'manifest.json'), JSON.stringify([{ file: '000_561b1ae7c5379dec.txt', title: 't', published: '2021-03', publishedPrecision: 'month', outlet: 'o', url: null }]));
    const seeds = await enqueueBulk(handle.db, readBulk([path.join(dir, 'seeds', 'manifest.json')]), 'seeds');
    await workQueue(handle.db);
    expect((await finishSummary(handle.db, 'seeds', seeds)).added).toBe(5);
    const clash = await enqueueBulk(handle.db, readBulk([path.join(other, 'manifest.json'), path.join(dir, 'feed.jsonl')]), 'clash');
    await workQueue(handle.db, { batchSize: 10 });
    const summary = await finishSummary(handle.db, 'clash', clash);
    expect(summary.added).toBe(2);
    expect(summary.failed).toEqual([{ origin: `${path.join(other, 'manifest.json')} entry 0`, reason: expect.stringContaining('another article is stored with the id «000_561b1ae7c5379dec»') }]);
  });

  it('lets two workers share the queue: every job is taken once, every article stored once', async () => {
    const texts = Array.from({ length: 24 }, (_, i) => ({ text: `${report((i % 27) + 1)} (${i})`, published: '2021-03-28' }));
    await enqueueArticles(handle.db, texts.map((t, i) => ({ article: articleFromSubmission(t), origin: `t${i}` })), 'pair');
    const done = await Promise.all([workQueue(handle.db, { batchSize: 4 }), workQueue(handle.db, { batchSize: 4 })]);
    expect(done[0]! + done[1]!).toBe(24);
    const summary = await finishSummary(handle.db, 'pair', { added: 0, present: [], refused: [], queued: 24 });
    expect(summary).toMatchObject({ added: 24, failed: [] });
    expect(await listArticles(handle.db)).toHaveLength(24);
  });

  it('fails a job that cannot be stored alone, with the error, and stores the rest of its batch', async () => {
    const good = [report(5), report(6)].map((text, i) => ({ article: articleFromSubmission({ text, published: '2021-03-28' }), origin: `good ${i}` }));
    await enqueueArticles(handle.db, good.slice(0, 1), 'broken');
    await handle.db.insert(ingestJobs).values({ contentHash: 'not-an-article', article: { id: 'broken' }, origin: 'broken job', runId: 'broken' });
    await enqueueArticles(handle.db, good.slice(1), 'broken');
    expect(await workQueue(handle.db, { batchSize: 10 })).toBe(3);
    const summary = await finishSummary(handle.db, 'broken', { added: 0, present: [], refused: [], queued: 3 });
    expect(summary.added).toBe(2);
    expect(summary.failed).toEqual([{ origin: 'broken job', reason: expect.any(String) }]);
    expect(await listArticles(handle.db)).toHaveLength(2);
  });
});
