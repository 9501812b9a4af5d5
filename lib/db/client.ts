import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PGlite as PGliteInstance } from '@electric-sql/pglite';
import * as schema from './schema';

export type Schema = typeof schema;
/** One type for both drivers: every query in lib/db is written against it, so PGlite and PostgreSQL run the same code. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** What queries need: the database itself or a transaction on it. */
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a folder for PGlite, the server address (without password) for PostgreSQL. */
  location: string;
  close: () => Promise<void>;
}

const backends = new WeakMap<Database, DatabaseHandle['kind']>();

/**
 * Whether other connections may write to this database at the same time: a PostgreSQL server may have several
 * writers, an embedded PGlite runs one transaction at a time in this process.
 */
export function sharedWriters(db: Database): boolean {
  return backends.get(db) === 'postgres';
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'lib', 'db', 'migrations');
export const DEFAULT_DATA_DIR = path.join(process.cwd(), '.data', 'pglite');

export interface OpenOptions {
  /** postgres://… to use a PostgreSQL server; null for embedded PGlite; left out, DATABASE_URL decides. */
  url?: string | null;
  /** PGlite data folder; 'memory://' for a throw-away database. */
  dataDir?: string;
  /**
   * PostgreSQL cancels any statement that runs longer (the server's read queries); transactions that write lift it
   * (write-locks.ts). PGlite runs in this process and cannot interrupt a query: there, only bounded queries keep it short.
   */
  statementTimeoutMs?: number;
}

/** Opens the database the environment asks for and brings its schema up to date. */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url) {
    // Migrations run on a connection of their own, free of the statement timeout the server's queries get.
    const migrator = await openPostgres(url);
    try {
      await migrateDatabase(migrator);
    } finally {
      await migrator.close();
    }
    return openPostgres(url, options.statementTimeoutMs);
  }
  const handle = await openPglite(options.dataDir ?? process.env.PGLITE_DATA_DIR ?? DEFAULT_DATA_DIR);
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  // pg_trgm backs the search index (migration 0001); a PostgreSQL server has it in its contrib package.
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const waiting = takeTurnsWithIo(client);
  const db = drizzle({ client, schema }) as unknown as Database;
  waitingQueries.set(db, waiting);
  backends.set(db, 'pglite');
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}

/** Queries of an embedded database still waiting for their turn or running. */
const waitingQueries = new WeakMap<object, { count: number }>();

/**
 * PGlite runs each query on this thread, and a query that follows another in the same request would start before
 * the event loop reads any other request: a request of many queries would keep every other one waiting until its
 * last. Each query (and transaction) first lets the event loop take in what has arrived, so the queries of other
 * requests join the queue between two of ours; the queries waiting are counted for `giveWay`.
 */
function takeTurnsWithIo(client: Pick<PGliteInstance, 'query' | 'exec' | 'transaction'>): { count: number } {
  const waiting = { count: 0 };
  const inTurn = async <T>(run: () => Promise<T>): Promise<T> => {
    waiting.count++;
    try {
      await nextTurn();
      return await run();
    } finally {
      waiting.count--;
    }
  };
  const { query, exec, transaction } = client;
  client.query = ((...args: Parameters<typeof query>) => inTurn(() => query.apply(client, args))) as typeof query;
  client.exec = (...args: Parameters<typeof exec>) => inTurn(() => exec.apply(client, args));
  client.transaction = ((...args: Parameters<typeof transaction>) => inTurn(() => transaction.apply(client, args))) as typeof transaction;
  return waiting;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether queries on `db` run on this thread (an embedded PGlite), so that one long query holds up every request. */
export function runsOnThisThread(db: Queryable): boolean {
  return waitingQueries.has(db);
}

/** How many turns of the event loop `giveWay` waits at most, so that a long read is delayed, never starved. */
const MAX_TURNS_GIVEN = 200;

/**
 * For reads cut into many queries (a count in stretches): resolves once no other query waits for the embedded
 * database, so that between two of their queries every other request's go first. At once on PostgreSQL, which runs
 * queries side by side, and inside a transaction.
 */
export async function giveWay(db: Queryable): Promise<void> {
  const waiting = waitingQueries.get(db);
  if (!waiting) return;
  for (let turns = 0; turns < MAX_TURNS_GIVEN; turns++) {
    await nextTurn();
    if (waiting.count === 0) return;
  }
}

async function openPostgres(url: string, statementTimeoutMs?: number): Promise<DatabaseHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({
    connectionString: url,
    max: 10,
    // A server that does not answer is reported (503) rather than waited for forever.
    connectionTimeoutMillis: 5000,
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
  });
  // An idle connection the server drops (restart, admin command) must not bring the process down; the pool
  // replaces it on next use.
  pool.on('error', (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  backends.set(db, 'postgres');
  return { db, kind: 'postgres', location: redactUrl(url), close: () => pool.end() };
}

async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
