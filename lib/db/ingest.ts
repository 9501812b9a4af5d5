import { eq } from 'drizzle-orm';
import type { ExtractedEvent } from '@/lib/domain/event';
import { parsePublished } from '@/lib/domain/published';
import type { SetAsideDate } from '@/lib/ingest/date-bounds';
import type { ArticleSubmission } from '@/lib/ingest/validate';
import type { Database } from './client';
import { eventsOfArticle } from './event-queries';
import { articleIdFromHash, contentHash, insertArticle, type ArticleRow } from './articles';
import { lockCorpus, rebuildEvents } from './rebuild';
import { articles } from './schema';

export interface IngestResult {
  article: ArticleRow;
  /** False when the same text was already stored: the stored article is returned and nothing changes. */
  created: boolean;
  /** The article's events, after merging with what was already known. */
  events: ExtractedEvent[];
  /** The article's events whose date was set aside as outside what may be stored (they are kept undated). */
  setAside: SetAsideDate[];
}

/** The article's first non-empty line, when no title is given. */
function titleFrom(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Stores one article and re-extracts the corpus in one transaction, under the corpus lock: concurrent
 * submissions of the same text store it once, and a failure anywhere leaves nothing behind.
 */
export async function ingestArticle(db: Database, submission: ArticleSubmission): Promise<IngestResult> {
  const hash = contentHash(submission.text);
  return db.transaction(async (tx) => {
    await lockCorpus(tx);
    const [existing] = await tx.select().from(articles).where(eq(articles.contentHash, hash)).limit(1);
    if (existing) {
      return { article: existing, created: false, events: await eventsOfArticle(tx, existing.id), setAside: [] };
    }
    const article = await insertArticle(tx, {
      id: articleIdFromHash(hash),
      file: null,
      title: submission.title || titleFrom(submission.text),
      titleEn: submission.titleEn ?? null,
      outlet: submission.outlet ?? null,
      url: submission.url ?? null,
      published: submission.published ?? null,
      publishedPrecision: submission.published ? (parsePublished(submission.published)?.precision ?? null) : null,
      publishedNote: submission.publishedNote ?? null,
      text: submission.text,
    });
    const { events, setAside } = await rebuildEvents(tx);
    return {
      article,
      created: true,
      events: events.filter((event) => event.mentions.some((m) => m.articleId === article.id)),
      setAside: setAside.filter((s) => s.articleIds.includes(article.id)),
    };
  });
}
