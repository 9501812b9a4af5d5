import 'server-only';
import { openDatabase, type Database } from '@/lib/db/client';

const globalForDb = globalThis as unknown as { databasePromise?: Promise<Database> };

/** One connection (PGlite instance or pool) per server process, opened on first use. */
export function getDb(): Promise<Database> {
  globalForDb.databasePromise ??= openDatabase().then(
    (handle) => handle.db,
    (error: unknown) => {
      // Let the next request try again instead of failing forever on a transient error.
      globalForDb.databasePromise = undefined;
      throw error;
    },
  );
  return globalForDb.databasePromise;
}
