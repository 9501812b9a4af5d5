import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { SyntheticCorpus } from '@/lib/synthetic/generate';
import { openDatabase, type DatabaseHandle } from './client';
import { storeSyntheticCorpus } from './synthetic';

/**
 * The servers the database tests run on: always a throw-away PGlite, and also the PostgreSQL server named by
 * TEST_DATABASE_URL when it is set. Each test gets a database of its own, so test files can run in parallel.
 */
export const TEST_BACKENDS: Array<'pglite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle> {
  if (kind === 'pglite') return openDatabase({ url: null, dataDir: 'memory://' });
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `test_${randomBytes(6).toString('hex')}`;
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A test database holding a synthetic corpus for the enclosing describe block: call the result inside its tests. */
export function syntheticTestDatabase(kind: 'pglite' | 'postgres', corpus: SyntheticCorpus): () => DatabaseHandle {
  let handle: DatabaseHandle | null = null;
  beforeAll(async () => {
    const opened = await openTestDatabase(kind);
    handle = opened;
    await opened.db.transaction((tx) => storeSyntheticCorpus(tx, corpus, opened.location));
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });
  return () => handle!;
}
