import { describe, expect, it } from 'vitest';
import type { SourceArticle } from '@/lib/db/event-queries';
import type { Mention } from '@/lib/domain/event';
import { sourceCards } from './sources';

const article = (id: string): SourceArticle => ({ id, file: null, title: id, titleEn: null, outlet: null, url: null, published: null, publishedPrecision: null });
const mention = (articleId: string, start: number, quote: string, dated = false): Mention => ({
  articleId,
  file: `${articleId}.txt`,
  start,
  end: start + quote.length,
  quote,
  dateSpan: dated ? { start: start + 1, end: start + 3 } : null,
});

describe('source cards', () => {
  it('makes one card per article, whatever its number of passages', () => {
    const mentions = [mention('a', 50, 'وأضاف'), mention('b', 10, 'وقال لافروف'), mention('a', 5, 'أجرى لافروف محادثات'), mention('a', 90, 'وقال')];
    const cards = sourceCards([article('a'), article('b')], mentions);
    expect(cards.map((c) => c.source.id)).toEqual(['a', 'b']);
    expect(cards[0]!.best.quote).toBe('أجرى لافروف محادثات');
    expect(cards[0]!.more.map((m) => m.start)).toEqual([50, 90]);
    expect(cards[1]!.more).toEqual([]);
  });

  it('puts the passage with the date phrase first, even when a longer one has none', () => {
    const cards = sourceCards([article('a')], [mention('a', 0, 'a long passage without a date in it'), mention('a', 100, 'في 10 ماي', true)]);
    expect(cards[0]!.best.start).toBe(100);
  });

  it('leaves out an article with no passage about the event', () => {
    expect(sourceCards([article('a'), article('b')], [mention('b', 0, 'x')]).map((c) => c.source.id)).toEqual(['b']);
  });
});
