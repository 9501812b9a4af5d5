import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { SyntheticCorpus } from '@/lib/synthetic/generate';
import { openDatabase, type DatabaseHandle, type OpenOptions } from './client';
import { storeSyntheticCorpus } from './synthetic';

/**
 * The servers the database tests run on: always a throw-away PGlite, and also the PostgreSQL server named by
 * TEST_DATABASE_URL when it is set. Each test gets a database of its own, so test files can run in parallel.
 */
export const TEST_BACKENDS: Array<'pglite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, empty database: how to open it, and how to throw it away afterwards. */
export interface TestDatabase {
  options: Required<Pick<OpenOptions, 'url'>> & Pick<OpenOptions, 'dataDir'>;
  drop: () => Promise<void>;
}

async function adminQuery(statement: string): Promise<void> {
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'pglite') return { options: { url: null, dataDir: 'memory://' }, drop: async () => {} };
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return { options: { url: url.toString() }, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

export async function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle> {
  const created = await createTestDatabase(kind);
  const handle = await openDatabase(created.options);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await created.drop();
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
