import type { CorpusEntry } from '@/lib/corpus/load';
import type { ExtractedEvent } from '@/lib/domain/event';
import { parsePublished } from '@/lib/domain/published';
import { articleReports, type Report } from '@/lib/extract';
import type { SetAsideDate } from '@/lib/ingest/date-bounds';
import type { ArticleSubmission } from '@/lib/ingest/validate';
import { sharedWriters, type Database, type Queryable } from './client';
import { applyReportChange } from './apply-reports';
import { articleIdFromHash, contentHash, findArticlesByHash, toArticleInput, type ArticleRow, type NewArticle } from './articles';
import { engineVersion } from './engine-version';
import { reportCacheOf } from './report-cache';
import { eventsOfArticle } from './event-queries';
import { stampAnalyses } from './report-rows';
import { withRetries } from './retries';
import { articles } from './schema';
import { WriteLocks } from './write-locks';
import { phase, phaseSync } from './write-phases';

export interface IngestResult {
  article: ArticleRow;
  /** False when the same text was already stored: the stored article is returned and nothing changes. */
  created: boolean;
  /** The article's events, after merging with what was already known. */
  events: ExtractedEvent[];
  /** The article's events whose date was set aside as outside what may be stored (they are kept undated). */
  setAside: SetAsideDate[];
}

/** What became of each article of a batch, in the batch's order. */
export type BatchEntry = IngestResult | { refused: string };

/** The article's first non-empty line, when no title is given. */
function titleFrom(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The row a checked submission is stored as; its id comes from its text, so the same text finds the same id. */
export function articleFromSubmission(submission: ArticleSubmission): NewArticle {
  return {
    id: articleIdFromHash(contentHash(submission.text)),
    file: null,
    title: submission.title || titleFrom(submission.text),
    titleEn: submission.titleEn ?? null,
    outlet: submission.outlet ?? null,
    url: submission.url ?? null,
    published: submission.published ?? null,
    publishedPrecision: submission.published ? (parsePublished(submission.published)?.precision ?? null) : null,
    publishedNote: submission.publishedNote ?? null,
    text: submission.text,
  };
}

/** The row a manifest entry is stored as: its id from its file name, as the seeds have always had. */
export function articleFromEntry(entry: CorpusEntry): NewArticle {
  return {
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
  };
}

interface Analysed {
  hashes: string[];
  /** The first position of each text in the batch: a later copy is the same article. */
  firstOfHash: Map<string, number>;
  reports: Map<string, Report[]>;
}

/** The engine's part of a write, done before any lock is taken: each distinct text of the batch analysed once. */
function analyse(list: NewArticle[]): Analysed {
  const hashes = list.map((a) => contentHash(a.text));
  const firstOfHash = new Map<string, number>();
  hashes.forEach((h, i) => { if (!firstOfHash.has(h)) firstOfHash.set(h, i); });
  const reports = new Map<string, Report[]>();
  phaseSync('engine', () => {
    for (const i of firstOfHash.values()) reports.set(list[i]!.id, articleReports(toArticleInput(list[i]!)));
  });
  return { hashes, firstOfHash, reports };
}

/**
 * Stores articles and merges their events with the stored ones, inside the caller's transaction: the engine reads
 * only these articles, and the merge touches only the events they could join (apply-reports.ts). The same text
 * twice, in the batch or against what is stored, is stored once; an article whose id or file another text already
 * has is refused (and with `allOrNothing`, the transaction fails). `database`: the database `tx` runs on.
 */
export async function storeArticles(tx: Queryable, database: Database, list: NewArticle[], analysed = analyse(list), { allOrNothing = false } = {}): Promise<BatchEntry[]> {
  const { hashes, firstOfHash, reports } = analysed;
  const locks = await phase('locks', () => WriteLocks.open(tx, sharedWriters(database)));
  const { inserted, stored } = await phase('articles', async () => {
    const unique = [...firstOfHash.values()].map((i) => list[i]!);
    const inserted = unique.length ? await tx.insert(articles).values(unique.map((a) => ({ ...a, contentHash: contentHash(a.text) }))).onConflictDoNothing().returning() : [];
    const stored = await findArticlesByHash(tx, [...firstOfHash.keys()]);
    await stampAnalyses(tx, inserted.map((row) => row.id), engineVersion());
    return { inserted, stored };
  });
  const created = new Set(inserted.map((row) => row.id));
  const outcome = await applyReportChange(tx, locks, reportCacheOf(database), {
    added: inserted.flatMap((row) => reports.get(row.id) ?? []),
    texts: new Map(inserted.map((row) => [row.id, row.text])),
    removedArticleIds: [],
    retiredNote: '',
  });
  const entries: BatchEntry[] = [];
  for (const [i, article] of list.entries()) {
    const row = stored.get(hashes[i]!);
    if (!row) entries.push({ refused: `another article is stored with the id «${article.id}»${article.file ? ` or the file «${article.file}»` : ''}` });
    else if (!created.has(row.id) || firstOfHash.get(hashes[i]!) !== i) entries.push({ article: row, created: false, events: await eventsOfArticle(tx, row.id), setAside: [] });
    else {
      entries.push({
        article: row,
        created: true,
        events: outcome.events.filter((event) => event.mentions.some((m) => m.articleId === row.id)),
        setAside: outcome.setAside.filter((s) => s.articleIds.includes(row.id)),
      });
    }
  }
  const refused = entries.flatMap((entry, i) => ('refused' in entry ? [`${list[i]!.file ?? list[i]!.id}: ${entry.refused}`] : []));
  if (allOrNothing && refused.length) throw new Error(`Nothing was stored: ${refused.join('; ')}.`);
  return entries;
}

/**
 * Stores a batch of articles in one transaction (storeArticles), analysed before it opens so the locks are held
 * only while the merge is written. A failure anywhere leaves nothing behind.
 */
export async function ingestArticles(db: Database, list: NewArticle[], options: { allOrNothing?: boolean } = {}): Promise<BatchEntry[]> {
  const analysed = analyse(list);
  return withRetries(() => db.transaction((tx) => storeArticles(tx, db, list, analysed, options)));
}

/** Stores one article and merges its events: see ingestArticles. */
export async function ingestArticle(db: Database, submission: ArticleSubmission): Promise<IngestResult> {
  const [entry] = await ingestArticles(db, [articleFromSubmission(submission)]);
  if (!entry || 'refused' in entry) throw new Error(`The article could not be stored: ${entry && 'refused' in entry ? entry.refused : 'no result'}.`);
  return entry;
}
