import 'server-only';
import { sql } from 'drizzle-orm';
import { DatabaseUnavailableError, describeFailure } from '@/lib/db/availability';
import { openDatabase, type Database, type DatabaseHandle } from '@/lib/db/client';
import { serverSettings } from './settings';

const slot = globalThis as unknown as { databaseHandle?: Promise<DatabaseHandle> };

/** How long a client should wait before asking again when the database is away. */
export const RETRY_AFTER_SECONDS = 5;

function handle(): Promise<DatabaseHandle> {
  slot.databaseHandle ??= openDatabase({ statementTimeoutMs: serverSettings().readTimeoutMs }).catch((error: unknown) => {
    // Let the next request try again instead of failing forever on a transient error.
    slot.databaseHandle = undefined;
    throw new DatabaseUnavailableError(`The database could not be opened: ${describeFailure(error)}`, { cause: error });
  });
  return slot.databaseHandle;
}

/** One connection (PGlite instance or pool) per server process, opened on first use. */
export async function getDb(): Promise<Database> {
  return (await handle()).db;
}

export type Reachability = { reachable: true; kind: DatabaseHandle['kind']; ms: number } | { reachable: false; message: string };

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function probeDatabase(timeoutMs = 3000): Promise<Reachability> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const opened = await handle();
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([opened.db.execute(sql`select 1`), late]);
    return { reachable: true, kind: opened.kind, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { reachable: false, message: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the process's database, so the next request opens it again (tests switch databases with it). */
export async function closeDb(): Promise<void> {
  const current = slot.databaseHandle;
  slot.databaseHandle = undefined;
  await current?.then((opened) => opened.close()).catch(() => undefined);
}
