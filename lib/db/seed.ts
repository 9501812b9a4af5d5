import { readCorpus } from '@/lib/corpus/load';
import type { Database } from './client';
import { countEvents } from './events';
import { articleFromEntry, ingestArticles } from './ingest';

export interface LoadResult {
  added: string[];
  existing: string[];
  events: number;
}

/**
 * Loads a manifest's articles in one transaction, merging their events with the stored ones. A broken entry stops
 * the load before anything is written; an article already stored (same content) is skipped.
 */
export async function loadCorpusFromManifest(db: Database, manifestPath: string): Promise<LoadResult> {
  const entries = await readCorpus(manifestPath);
  const results = await ingestArticles(db, entries.map(articleFromEntry), { allOrNothing: true });
  const stored = results.filter((r): r is Exclude<typeof r, { refused: string }> => !('refused' in r));
  return { added: stored.filter((r) => r.created).map((r) => r.article.id), existing: stored.filter((r) => !r.created).map((r) => r.article.id), events: await countEvents(db) };
}
