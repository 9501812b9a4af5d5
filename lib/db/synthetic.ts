import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SyntheticArticle, SyntheticCorpus } from '@/lib/synthetic/generate';
import type { Queryable } from './client';
import { insertArticles, type NewArticle } from './articles';
import { replaceAllEvents } from './events';
import { enqueueArticles } from './jobs';
import { stampAnalyses } from './report-rows';
import { articleAnalyses, articles } from './schema';

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
    corpus.articles.map(syntheticArticle),
  );
  await replaceAllEvents(db, corpus.events);
  // No engine made these events: nothing is there to re-analyse, and the articles have no reports to merge with.
  await stampAnalyses(db, corpus.articles.map((a) => a.id), 'generated');
}

/** A synthetic article as the ingest path stores it. */
export function syntheticArticle(a: SyntheticArticle): NewArticle {
  return { id: a.id, file: null, title: a.title, titleEn: null, outlet: a.outlet, url: null, published: a.published, publishedPrecision: 'day', publishedNote: 'Synthetic article for load tests.', text: a.text, synthetic: true };
}

/**
 * Queues synthetic articles for the ingest workers (lib/db/jobs.ts), as `npm run ingest` queues users' articles, so
 * that their events are made by the engine and the merge. Refuses a database that holds real articles or generated
 * events. Returns the run id whose jobs count the progress.
 */
export async function enqueueSyntheticArticles(db: Queryable, list: SyntheticArticle[], location: string): Promise<string> {
  const [other] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articles)
    .leftJoin(articleAnalyses, sql`${articleAnalyses.articleId} = ${articles.id}`)
    .where(sql`not ${articles.synthetic} or ${articleAnalyses.engineVersion} = 'generated'`);
  if ((other?.n ?? 0) > 0) throw new Error(`${location} holds ${other!.n} real article(s) or generated events; synthetic data goes to a database of its own.`);
  const runId = randomUUID();
  for (let i = 0; i < list.length; i += 1000) {
    await enqueueArticles(db, list.slice(i, i + 1000).map((a) => ({ article: syntheticArticle(a), origin: a.id })), runId);
  }
  return runId;
}
