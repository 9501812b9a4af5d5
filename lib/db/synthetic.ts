import { sql } from 'drizzle-orm';
import type { SyntheticCorpus } from '@/lib/synthetic/generate';
import type { Queryable } from './client';
import { insertArticles } from './articles';
import { replaceAllEvents } from './events';
import { stampAnalyses } from './report-rows';
import { articles } from './schema';

/**
 * Replaces a database's content with a generated synthetic corpus (events written as the generator made them, not
 * by the engine), every article marked synthetic. Refuses a database that
 * holds real articles: synthetic data lives in databases of its own. Call inside a transaction.
 */
export async function storeSyntheticCorpus(db: Queryable, corpus: SyntheticCorpus, location: string): Promise<void> {
  const [real] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(sql`not ${articles.synthetic}`);
  if ((real?.n ?? 0) > 0) throw new Error(`${location} holds ${real!.n} real article(s); synthetic data goes to a database of its own.`);
  await db.delete(articles);
  await insertArticles(
    db,
    corpus.articles.map((a) => ({ id: a.id, file: null, title: a.title, titleEn: null, outlet: a.outlet, url: null, published: a.published, publishedPrecision: 'day' as const, publishedNote: 'Synthetic article for load tests.', text: a.text, synthetic: true })),
  );
  await replaceAllEvents(db, corpus.events);
  // No engine made these events: nothing is there to re-analyse, and the articles have no reports to merge with.
  await stampAnalyses(db, corpus.articles.map((a) => a.id), 'generated');
}
