import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadCorpusFromManifest } from '@/lib/db/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/db/testing';
import { closeDb, getDb } from '@/lib/server/db';

/** Points the app's own database (lib/server/db.ts, as the routes open it) at `options`. */
export async function useServerDatabase(options: TestDatabase['options']): Promise<void> {
  await closeDb();
  if (options.url) {
    process.env.DATABASE_URL = options.url;
    delete process.env.PGLITE_DATA_DIR;
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = options.dataDir;
  }
}

/** For one describe block, the routes' database is a fresh one holding the seed corpus. */
export function seededServerDatabase(kind: 'pglite' | 'postgres'): void {
  let created: TestDatabase | null = null;
  beforeAll(async () => {
    created = await createTestDatabase(kind);
    await useServerDatabase(created.options);
    await loadCorpusFromManifest(await getDb(), path.join(process.cwd(), 'seeds', 'manifest.json'));
  }, 120_000);
  afterAll(async () => {
    await closeDb();
    await created?.drop();
  });
}

/** How many rows each table holds and the corpus version: equal before and after, nothing was stored. */
export async function storedCounts(): Promise<Record<string, number>> {
  const db = await getDb();
  const counts: Record<string, number> = {};
  for (const table of ['articles', 'events', 'event_mentions', 'event_participants', 'entities', 'event_aliases', 'retired_events']) {
    const result = await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = Number((result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
  }
  const version = await db.execute<{ v: number }>(sql`select coalesce(max(version), 0)::int as v from corpus_state`);
  counts.version = Number((version as unknown as { rows: Array<{ v: number }> }).rows[0]!.v);
  return counts;
}
