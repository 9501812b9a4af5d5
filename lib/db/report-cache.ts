import type { Report } from '@/lib/extract';
import type { Database } from './client';

/**
 * Stored reports, parsed, by id and row version (the row's xmin: any change to the row, or a new row under the same
 * id, has another). Every write reads the stored reports it could merge with, and those of popular people are the
 * same hundreds write after write: remembered, they are neither sent again by the database nor parsed again. A
 * report whose row changed is read again. Bounded; the least recently used go first.
 *
 * Reports are frozen: the merge shares their objects (dates, participants) with the events it makes, and a change
 * to one would change every later write's result.
 */
export class ReportCache {
  private readonly entries = new Map<string, { version: string; report: Report }>();

  /**
   * About 1.5 KB a report: 30 MB at most. A bulk batch at 10,000 synthetic articles reads ~16,600 stored reports,
   * most of them again in the next batch; a larger bound kept more but raised the peak memory of a bulk run past 1 GB.
   */
  constructor(private readonly maxEntries = 20_000) {}

  get(id: string, version: string): Report | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    // Map keeps insertion order: moved to the end, the entry is the most recently used.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.report;
  }

  /** Remembers a report just read (and freezes it) under its row version. */
  remember(id: string, version: string, read: Report): Report {
    const report = deepFreeze(read);
    this.entries.delete(id);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { version, report });
    return report;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const caches = new WeakMap<Database, ReportCache>();

/** The cache of one database (row versions mean nothing in another). */
export function reportCacheOf(db: Database): ReportCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReportCache();
    caches.set(db, cache);
  }
  return cache;
}
