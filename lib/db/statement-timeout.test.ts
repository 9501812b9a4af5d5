import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { isQueryTimeout } from './availability';
import { openDatabase } from './client';
import { lockCorpus } from './write-locks';
import { createTestDatabase } from './testing';

// PGlite runs in the process and cannot interrupt a query; only a PostgreSQL server has a statement timeout.
describe.runIf(process.env.TEST_DATABASE_URL)('the statement timeout on PostgreSQL', () => {
  it('cancels a read that runs past it, and lets a write transaction run as long as it needs', async () => {
    const created = await createTestDatabase('postgres');
    const handle = await openDatabase({ ...created.options, statementTimeoutMs: 200 });
    try {
      const error: unknown = await handle.db.execute(sql`select pg_sleep(1)`).then(() => null, (e: unknown) => e);
      expect(isQueryTimeout(error)).toBe(true);
      await handle.db.transaction(async (tx) => {
        await lockCorpus(tx);
        await tx.execute(sql`select pg_sleep(0.4)`);
      });
    } finally {
      await handle.close();
      await created.drop();
    }
  });
});
