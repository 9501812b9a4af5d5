import { readCorpus } from '@/lib/corpus/load';
import type { Database } from './client';
import { contentHash, findArticlesByHash, insertArticle } from './articles';
import { countEvents } from './events';
import { lockCorpus, rebuildEvents } from './rebuild';

export interface LoadResult {
  added: string[];
  existing: string[];
  events: number;
}

/**
 * Loads a manifest's articles in one transaction and re-extracts the corpus's events when anything was added.
 * A broken entry stops the load before anything is written; an article already stored (same content) is skipped.
 */
export async function loadCorpusFromManifest(db: Database, manifestPath: string): Promise<LoadResult> {
  const entries = await readCorpus(manifestPath);
  return db.transaction(async (tx) => {
    await lockCorpus(tx);
    const known = await findArticlesByHash(tx, entries.map((entry) => contentHash(entry.text)));
    const added: string[] = [];
    const existing: string[] = [];
    for (const entry of entries) {
      const hash = contentHash(entry.text);
      const stored = known.get(hash);
      if (stored) {
        existing.push(stored.id);
        continue;
      }
      const row = await insertArticle(tx, {
        id: entry.id,
        file: entry.file,
        title: entry.title,
        titleEn: entry.titleEn ?? null,
        outlet: entry.outlet,
        url: entry.url,
        published: entry.published,
        publishedPrecision: entry.publishedPrecision,
        publishedNote: entry.publishedNote ?? null,
        text: entry.text,
      });
      known.set(hash, row);
      added.push(row.id);
    }
    if (added.length > 0) await rebuildEvents(tx);
    return { added, existing, events: await countEvents(tx) };
  });
}
