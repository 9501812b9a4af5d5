/**
 * The event-extraction engine: article text in, dated diplomatic events with evidence out. Pure and deterministic.
 * normalise → segment → tag (dates, entities, triggers, modality cues) → assemble → merge within the article
 * (reports.ts) → merge across articles (corpus-merge.ts) → ids.
 */
import type { ArticleInput, ExtractedEvent } from '../domain/event';
import { typeInfo } from '../domain/event-types';
import { mergeReports } from './corpus-merge';
import { articleReports } from './reports';

export { analyseArticle } from './assemble';
export { articleReports, type Report } from './reports';
export { mergeReports } from './corpus-merge';

function withQuotes(events: ExtractedEvent[], texts: Map<string, string>): ExtractedEvent[] {
  for (const e of events) for (const m of e.mentions) m.quote = (texts.get(m.articleId) ?? '').slice(m.start, m.end);
  return events;
}

/**
 * Chronological, undated last; on one day in the order a trip unfolds (the visit, its talks, what was signed: the types'
 * rank), then by id: the order the engine's output is read in.
 */
export function sortEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  return events.sort((a, b) => {
    const da = a.date?.start ?? '9999', db = b.date?.start ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    return typeInfo(a.type).rank - typeInfo(b.type).rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function extractArticle(article: ArticleInput): ExtractedEvent[] {
  return extractCorpus([article]);
}

/** The events of a corpus; the same articles in any order give the same events. */
export function extractCorpus(articles: ArticleInput[]): ExtractedEvent[] {
  const texts = new Map(articles.map((a) => [a.id, typeof a.text === 'string' ? a.text : '']));
  return sortEvents(withQuotes(mergeReports(articles.flatMap(articleReports)), texts));
}
