/** An event's sources as a reader weighs them: one card per article, its best passage first. */
import type { SourceArticle } from '@/lib/db/event-queries';
import type { Mention } from '@/lib/domain/event';

export interface SourceCard {
  source: SourceArticle;
  /** The passage that says the most: one that holds the date phrase, then the longest. */
  best: Mention;
  /** The article's other passages about the event, in text order. */
  more: Mention[];
}

const holdsDate = (m: Mention) => m.dateSpan !== null && m.dateSpan.start >= m.start && m.dateSpan.end <= m.end;

/**
 * Groups an event's mentions by the article they are in: mentions are passages, not sources, so an article that
 * names the event ten times is still one source. Articles keep the order of `sources`; one without a mention has
 * nothing to show and is left out.
 */
export function sourceCards(sources: readonly SourceArticle[], mentions: readonly Mention[]): SourceCard[] {
  return sources.flatMap((source) => {
    const passages = mentions.filter((m) => m.articleId === source.id).sort((a, b) => a.start - b.start);
    if (passages.length === 0) return [];
    const best = passages.reduce((a, b) => (Number(holdsDate(b)) - Number(holdsDate(a)) || b.quote.length - a.quote.length) > 0 ? b : a);
    return [{ source, best, more: passages.filter((m) => m !== best) }];
  });
}
