import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { pushTo } from '@/lib/collections';
import { articleReports, type Report } from '@/lib/extract';
import type { Database, Queryable } from './client';
import { toArticleInput } from './articles';
import { engineVersion } from './engine-version';
import { rebuildEvents, type RebuildResult } from './rebuild';
import { articleAnalyses, articles, eventReports, stagedAnalyses } from './schema';
import { lockCorpus } from './write-locks';

/** Articles the running engine has not analysed yet, staged or stored ('generated' ones have no analysis to redo). */
function unanalysed(version: string): SQL {
  return and(
    or(isNull(articleAnalyses.engineVersion), sql`${articleAnalyses.engineVersion} not in (${version}, 'generated')`),
    or(isNull(stagedAnalyses.engineVersion), sql`${stagedAnalyses.engineVersion} <> ${version}`),
  )!;
}

const unanalysedArticles = (db: Queryable) =>
  db.select().from(articles).leftJoin(articleAnalyses, eq(articleAnalyses.articleId, articles.id)).leftJoin(stagedAnalyses, eq(stagedAnalyses.articleId, articles.id));

export async function countUnanalysed(db: Queryable, version = engineVersion()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articles)
    .leftJoin(articleAnalyses, eq(articleAnalyses.articleId, articles.id))
    .leftJoin(stagedAnalyses, eq(stagedAnalyses.articleId, articles.id))
    .where(unanalysed(version));
  return row?.n ?? 0;
}

/** Analyses one batch of the articles the running engine has not analysed, into the staging table; how many. */
async function stageBatch(db: Queryable, version: string, size: number): Promise<number> {
  const rows = await unanalysedArticles(db).where(unanalysed(version)).orderBy(asc(articles.id)).limit(size);
  if (rows.length === 0) return 0;
  const staged = rows.map(({ articles: a }) => ({ articleId: a.id, engineVersion: version, reports: JSON.stringify(articleReports(toArticleInput(a))) }));
  await db.insert(stagedAnalyses).values(staged).onConflictDoUpdate({ target: stagedAnalyses.articleId, set: { engineVersion: version, reports: sql`excluded.reports` } });
  return rows.length;
}

export interface ReextractOptions {
  batchSize?: number;
  /** Awaited: the next batch waits for it. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * Re-analyses, with the running engine, every article another version analysed, and switches to the events those
 * analyses make. The analyses are staged in batches of short transactions while the app keeps serving the events
 * it has; then one transaction, holding the corpus alone, analyses what arrived meanwhile and replaces reports,
 * events and summaries at once (rebuild.ts), old ids redirecting or retired as after any write.
 */
export async function reextractCorpus(db: Database, { batchSize = 200, onProgress }: ReextractOptions = {}): Promise<RebuildResult & { analysed: number }> {
  const version = engineVersion();
  const total = await countUnanalysed(db, version);
  let done = 0;
  await onProgress?.(done, total);
  for (let n = await stageBatch(db, version, batchSize); n > 0; n = await stageBatch(db, version, batchSize)) {
    done += n;
    await onProgress?.(Math.min(done, total), total);
  }
  const result = await db.transaction(async (tx) => {
    await lockCorpus(tx);
    for (let n = await stageBatch(tx, version, batchSize); n > 0; n = await stageBatch(tx, version, batchSize)) done += n;
    const analyses = new Map<string, Report[]>();
    for (const row of await tx.select().from(stagedAnalyses).where(eq(stagedAnalyses.engineVersion, version))) analyses.set(row.articleId, JSON.parse(row.reports) as Report[]);
    const current = await tx
      .select({ articleId: eventReports.articleId, payload: eventReports.payload })
      .from(eventReports)
      .innerJoin(articleAnalyses, and(eq(articleAnalyses.articleId, eventReports.articleId), eq(articleAnalyses.engineVersion, version)))
      .orderBy(asc(eventReports.articleId), asc(eventReports.position));
    const stored = new Map<string, Report[]>();
    for (const row of current) pushTo(stored, row.articleId, JSON.parse(row.payload) as Report);
    for (const [id, reports] of stored) if (!analyses.has(id)) analyses.set(id, reports);
    const rebuilt = await rebuildEvents(tx, analyses);
    await tx.delete(stagedAnalyses);
    return rebuilt;
  });
  return { ...result, analysed: done };
}
