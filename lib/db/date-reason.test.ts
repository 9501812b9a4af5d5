/** The reason of an event's date is stored with it and read back; a row stored before reasons existed still explains its date. */
import path from 'node:path';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainDate } from '@/lib/i18n/date-reasons';
import type { DatabaseHandle } from './client';
import { getEvent } from './event-queries';
import { events } from './schema';
import { loadCorpusFromManifest } from './seed';
import { TEST_BACKENDS, openTestDatabase } from './testing';

describe.each(TEST_BACKENDS)('date reasons on %s', (backend) => {
  let handle: DatabaseHandle;
  let id: string;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await loadCorpusFromManifest(handle.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
    const [row] = await handle.db.select({ id: events.id }).from(events).where(isNotNull(events.dateStart)).orderBy(events.id).limit(1);
    id = row!.id;
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('stores the reason with the date and reads it in either language', async () => {
    const date = (await getEvent(handle.db, id))!.date!;
    expect(date.reason?.id).toBeTruthy();
    expect(explainDate(date, 'en')).toEqual({ text: date.explanation, lang: 'en' });
    const ar = explainDate(date, 'ar');
    expect(ar.lang).toBe('ar');
    expect(ar.text).not.toBe(date.explanation);
    expect(ar.text).toMatch(/[\u0600-\u06ff]/);
  });

  it('explains a date stored with its English sentence only in English, in both languages', async () => {
    const before = (await getEvent(handle.db, id))!.date!;
    await handle.db.update(events).set({ dateReason: null }).where(eq(events.id, id));
    const date = (await getEvent(handle.db, id))!.date!;
    expect(date.reason).toBeUndefined();
    expect(date.explanation).toBe(before.explanation);
    expect(explainDate(date, 'ar')).toEqual({ text: before.explanation, lang: 'en' });
  });
});
