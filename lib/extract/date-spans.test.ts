import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readCorpusSync, toArticleInput } from '@/lib/corpus/load';
import { extractCorpus } from './index';
import { findTemporalMentions } from './temporal';

describe('date spans of mentions', () => {
  const entries = readCorpusSync(path.join(process.cwd(), 'seeds', 'manifest.json'));
  const articles = entries.map(toArticleInput);
  const events = extractCorpus(articles);

  it('point at a date phrase of the original text, inside the quoted mention', () => {
    let checked = 0;
    for (const event of events) {
      for (const mention of event.mentions) {
        if (!mention.dateSpan) continue;
        const article = articles.find((a) => a.id === mention.articleId)!;
        expect(mention.dateSpan.start).toBeGreaterThanOrEqual(mention.start);
        expect(mention.dateSpan.end).toBeLessThanOrEqual(mention.end);
        const phrases = findTemporalMentions(article.text, article.published).map((m) => `${m.start}:${m.end}`);
        expect(phrases, `${event.id}: «${article.text.slice(mention.dateSpan.start, mention.dateSpan.end)}»`).toContain(
          `${mention.dateSpan.start}:${mention.dateSpan.end}`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
