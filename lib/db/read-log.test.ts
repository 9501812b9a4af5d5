import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { textArray } from './json-rows';
import { ReadLog, rowVersion } from './read-log';
import { entities } from './schema';
import { TEST_BACKENDS, openTestDatabase } from './testing';

describe.each(TEST_BACKENDS)('ReadLog, on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await handle.db.insert(entities).values([
      { id: 'a', kind: 'person', nameEn: 'A', nameAr: 'أ', country: null },
      { id: 'b', kind: 'person', nameEn: 'B', nameAr: 'ب', country: null },
      { id: 'z', kind: 'person', nameEn: 'Z', nameAr: 'ز', country: null },
    ]);
  });
  afterAll(async () => {
    await handle.close();
  });

  /** A log of one read: the entities among `ids`, as they are now. */
  async function logRead(ids: string[]): Promise<ReadLog> {
    const where = sql`${entities.id} = any(${textArray(ids)})`;
    const rows = await handle.db.select({ key: entities.id, version: rowVersion(entities) }).from(entities).where(where);
    const log = new ReadLog();
    log.add(sql`select ${entities.id} as row_key, ${rowVersion(entities)} as row_version from ${entities} where ${where}`, rows);
    return log;
  }

  it('tells that nothing a read returned changed, whatever happened to other rows', async () => {
    const log = await logRead(['a', 'b', 'c']);
    await handle.db.update(entities).set({ nameEn: 'Z again' }).where(sql`${entities.id} = 'z'`);
    expect(await log.unchanged(handle.db)).toBe(true);
    expect(await new ReadLog().unchanged(handle.db)).toBe(true);
  });

  it('tells that a row it returned changed, even to the same values', async () => {
    const log = await logRead(['a', 'b']);
    await handle.db.update(entities).set({ nameEn: 'A' }).where(sql`${entities.id} = 'a'`);
    expect(await log.unchanged(handle.db)).toBe(false);
  });

  it('tells that a row it would return now appeared, or one it returned is gone', async () => {
    const appearing = await logRead(['b', 'c']);
    await handle.db.insert(entities).values({ id: 'c', kind: 'city', nameEn: 'C', nameAr: 'ج', country: null });
    expect(await appearing.unchanged(handle.db)).toBe(false);
    const leaving = await logRead(['b', 'c']);
    await handle.db.delete(entities).where(sql`${entities.id} = 'c'`);
    expect(await leaving.unchanged(handle.db)).toBe(false);
  });
});
