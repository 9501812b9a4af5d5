import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client';
import { listArticles } from './articles';
import { countEvents } from './events';
import { loadCorpusFromManifest } from './seed';
import { TEST_BACKENDS, openTestDatabase } from './testing';

const SEEDS = path.join(process.cwd(), 'seeds');
const seedManifest = JSON.parse(readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')) as {
  articles: Array<Record<string, unknown> & { file: string }>;
};

/** A corpus folder of our own, so a test can break its manifest without touching seeds/. */
function corpusWith(entries: Array<Record<string, unknown>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  for (const entry of seedManifest.articles) copyFileSync(path.join(SEEDS, entry.file), path.join(dir, entry.file));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ articles: entries }));
  return path.join(dir, 'manifest.json');
}

describe.each(TEST_BACKENDS)('seed loading on %s', (backend) => {
  let handle: DatabaseHandle;
  const dirs: string[] = [];
  beforeEach(async () => {
    handle = await openTestDatabase(backend);
  });
  afterEach(async () => {
    await handle.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const manifest = (entries: Array<Record<string, unknown>>) => {
    const file = corpusWith(entries);
    dirs.push(path.dirname(file));
    return file;
  };

  it('migrates to the tables the app needs', async () => {
    const result = await handle.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    const names = (result as unknown as { rows: Array<{ table_name: string }> }).rows.map((row) => row.table_name);
    expect(names).toEqual(expect.arrayContaining(['articles', 'entities', 'event_mentions', 'event_participants', 'events']));
  });

  it('loads the five seed articles byte for byte, with their events', async () => {
    const result = await loadCorpusFromManifest(handle.db, path.join(SEEDS, 'manifest.json'));
    expect(result.added).toHaveLength(5);
    const stored = await listArticles(handle.db);
    expect(stored).toHaveLength(5);
    for (const row of stored) {
      expect(row.text).toBe(readFileSync(path.join(SEEDS, row.file!), 'utf8'));
    }
    const january = stored.find((row) => row.file === '000_561b1ae7c5379dec.txt')!;
    expect(january).toMatchObject({ published: '2018-01', publishedPrecision: 'month', url: 'https://www.djazairess.com/echorouk/546082' });
    expect(result.events).toBeGreaterThan(10);
  });

  it('adds nothing the second time', async () => {
    const file = path.join(SEEDS, 'manifest.json');
    await loadCorpusFromManifest(handle.db, file);
    const eventsBefore = await countEvents(handle.db);
    const again = await loadCorpusFromManifest(handle.db, file);
    expect(again.added).toEqual([]);
    expect(again.existing).toHaveLength(5);
    expect(await listArticles(handle.db)).toHaveLength(5);
    expect(await countEvents(handle.db)).toBe(eventsBefore);
  });

  it.each([
    ['a missing file', (entries: Array<Record<string, unknown>>) => [...entries, { ...entries[0], file: 'nowhere.txt' }], /nowhere\.txt/],
    ['an unreadable date', (entries: Array<Record<string, unknown>>) => [{ ...entries[0], published: '2018-13-45' }, ...entries.slice(1)], /000_561b1ae7c5379dec\.txt[\s\S]*date/i],
    ['a duplicate file', (entries: Array<Record<string, unknown>>) => [...entries, { ...entries[2] }], /002_5b7ad11702215904\.txt[\s\S]*duplicate/i],
  ])('stops on %s, naming the entry, and writes nothing', async (_name, breakIt, message) => {
    const broken = manifest(breakIt(seedManifest.articles));
    await expect(loadCorpusFromManifest(handle.db, broken)).rejects.toThrow(message);
    expect(await listArticles(handle.db)).toHaveLength(0);
    expect(await countEvents(handle.db)).toBe(0);
  });

  it('rolls back everything when the database refuses a row half-way', async () => {
    await handle.db.execute(sql`alter table articles add constraint no_shahara check (outlet is distinct from 'Shahara Net (شهارة نت)')`);
    await expect(loadCorpusFromManifest(handle.db, path.join(SEEDS, 'manifest.json'))).rejects.toThrow();
    expect(await listArticles(handle.db)).toHaveLength(0);
  });
});
