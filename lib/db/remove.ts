import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { sharedWriters } from './client';
import { applyReportChange } from './apply-reports';
import { reportCacheOf } from './report-cache';
import { getArticle, type ArticleRow } from './articles';
import { countEvents } from './events';
import { withRetries } from './retries';
import { articles } from './schema';
import { WriteLocks } from './write-locks';

export interface RemovalResult {
  article: ArticleRow;
  /** Events that had no other source: gone, their permalinks answer 410. */
  retired: string[];
  /** Events stored after the removal. */
  events: number;
}

/**
 * Removes an article and re-derives the events its reports were part of from the reports that remain, in one
 * transaction: an event another article also reports stays (under a new id if its date or participants change,
 * the old one redirecting), one it alone reported is gone. Null when there is no such article.
 */
export async function removeArticle(db: Database, id: string): Promise<RemovalResult | null> {
  return withRetries(() =>
    db.transaction(async (tx) => {
      const locks = await WriteLocks.open(tx, sharedWriters(db));
      const article = await getArticle(tx, id);
      if (!article) return null;
      const { retired } = await applyReportChange(
        tx,
        locks,
        reportCacheOf(db),
        { added: [], texts: new Map(), removedArticleIds: [id], retiredNote: `The only article that reported it, «${article.title}», was removed from the corpus.` },
        async () => {
          await tx.delete(articles).where(eq(articles.id, id));
        },
      );
      return { article, retired, events: await countEvents(tx) };
    }),
  );
}
