import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { getArticle, type ArticleRow } from './articles';
import { lockCorpus, rebuildEvents } from './rebuild';
import { articles } from './schema';

export interface RemovalResult {
  article: ArticleRow;
  /** Events that had no other source: gone, their permalinks answer 410. */
  retired: string[];
  /** Events stored after the removal. */
  events: number;
}

/**
 * Removes an article and re-derives the events from the articles that remain, in one transaction under the corpus
 * lock: an event another article also reports stays (under a new id if its date or participants change, the old one
 * redirecting), one it alone reported is gone. Null when there is no such article.
 */
export async function removeArticle(db: Database, id: string): Promise<RemovalResult | null> {
  return db.transaction(async (tx) => {
    await lockCorpus(tx);
    const article = await getArticle(tx, id);
    if (!article) return null;
    await tx.delete(articles).where(eq(articles.id, id));
    const { events, retired } = await rebuildEvents(tx, `The only article that reported it, «${article.title}», was removed from the corpus.`);
    return { article, retired, events: events.length };
  });
}
