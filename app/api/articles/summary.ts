import type { ArticleRow } from '@/lib/db/articles';

/** An article's metadata for API answers; the text is sent only when one article is asked for. */
export function articleSummary(row: ArticleRow) {
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    titleEn: row.titleEn,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    publishedPrecision: row.publishedPrecision,
    publishedNote: row.publishedNote,
    ingestedAt: row.ingestedAt,
    href: `/articles/${row.id}`,
  };
}
