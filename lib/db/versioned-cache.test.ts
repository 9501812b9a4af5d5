import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { replaceAllEvents } from './events';
import { openTestDatabase } from './testing';
import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await openTestDatabase('pglite');
  });
  afterEach(async () => {
    await handle.close();
  });

  it('answers from memory until the events change', async () => {
    const cache = new VersionedCache();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get(handle.db, 'k', compute)).toBe(1);
    expect(await cache.get(handle.db, 'k', compute)).toBe(1);
    await replaceAllEvents(handle.db, []);
    expect(await cache.get(handle.db, 'k', compute)).toBe(2);
    expect(await cache.get(handle.db, 'other', compute)).toBe(3);
  });

  it('keeps at most its bound of entries', async () => {
    const cache = new VersionedCache(2);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get(handle.db, 'a', compute);
    await cache.get(handle.db, 'b', compute);
    await cache.get(handle.db, 'c', compute);
    expect(await cache.get(handle.db, 'a', compute)).toBe(4);
  });
});
