import type { Queryable } from './client';
import { corpusVersion } from './events';

/**
 * Remembers the results of expensive read queries (facet counts, extents, clustered windows) until the events
 * change: every entry is stamped with the corpus version and a new version empties the cache. Bounded in size.
 */
export class VersionedCache {
  private version = -1;
  private entries = new Map<string, unknown>();

  constructor(private readonly maxEntries = 500) {}

  async get<T>(db: Queryable, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await corpusVersion(db);
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = await compute();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // Computed under `version`: store it only if no write happened meanwhile.
    if ((await corpusVersion(db)) === version) this.entries.set(key, value);
    return value;
  }
}
