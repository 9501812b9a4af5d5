import { asc, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { ArticleInput } from '@/lib/domain/event';
import type { Queryable } from './client';
import { articles } from './schema';

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticle = Omit<typeof articles.$inferInsert, 'contentHash' | 'ingestedAt'>;

/** The same article pasted twice, with different line breaks or spacing, hashes the same. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, ' ').trim(), 'utf8').digest('hex');
}

/** Articles that arrive without a file name get an id from their content, so re-adding them finds the same id. */
export function articleIdFromHash(hash: string): string {
  return `a-${hash.slice(0, 16)}`;
}

export async function findArticlesByHash(db: Queryable, hashes: string[]): Promise<Map<string, ArticleRow>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.select().from(articles).where(inArray(articles.contentHash, hashes));
  return new Map(rows.map((row) => [row.contentHash, row]));
}

/** The ids of the stored articles with these content hashes, by hash. */
export async function articleIdsByHash(db: Queryable, hashes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const rows = await db.select({ id: articles.id, contentHash: articles.contentHash }).from(articles).where(inArray(articles.contentHash, hashes.slice(i, i + 1000)));
    for (const row of rows) out.set(row.contentHash, row.id);
  }
  return out;
}

export async function insertArticle(db: Queryable, article: NewArticle): Promise<ArticleRow> {
  const [row] = await db.insert(articles).values({ ...article, contentHash: contentHash(article.text) }).returning();
  return row!;
}

/** Many articles in few statements, for bulk loads. */
export async function insertArticles(db: Queryable, list: NewArticle[]): Promise<void> {
  for (let i = 0; i < list.length; i += 500) {
    await db.insert(articles).values(list.slice(i, i + 500).map((article) => ({ ...article, contentHash: contentHash(article.text) })));
  }
}

export async function listArticles(db: Queryable): Promise<ArticleRow[]> {
  return db.select().from(articles).orderBy(asc(articles.published), asc(articles.id));
}

export type ArticleSummary = Omit<ArticleRow, 'text'>;

/** Articles without their texts, newest first: for lists that must stay light however large the corpus. */
export async function listArticleSummaries(db: Queryable, limit: number): Promise<ArticleSummary[]> {
  const { text: _text, ...columns } = getTableColumns(articles);
  return db.select(columns).from(articles).orderBy(desc(articles.published), asc(articles.id)).limit(limit);
}

export async function getArticle(db: Queryable, id: string): Promise<ArticleRow | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  return row ?? null;
}

/** What the extraction engine needs from a stored (or about to be stored) article. */
export function toArticleInput(row: Pick<NewArticle, 'id' | 'file' | 'text' | 'published' | 'publishedPrecision'>): ArticleInput {
  return {
    id: row.id,
    file: row.file ?? row.id,
    text: row.text,
    published: row.published && row.publishedPrecision ? { value: row.published, precision: row.publishedPrecision } : null,
  };
}
