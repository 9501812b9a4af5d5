import type { ArticleSummary } from '@/lib/db/articles';

/** An article's metadata for API answers; the text is sent only when one article is asked for. */
export function articleSummary(row: ArticleSummary) {
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
