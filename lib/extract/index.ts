/**
 * The event-extraction engine: article text in, dated diplomatic events with evidence out. Pure and deterministic.
 * normalise → segment → tag (dates, entities, triggers, modality cues) → assemble → merge (article, corpus) → ids.
 */
import type { ArticleInput, ExtractedEvent, Mention, Participant } from '../domain/event';
import { analyseArticle, type ArticleAnalysis } from './assemble';
import { attach, mergeClusters, newCluster, absorb, type Cluster } from './merge';
import { assignIds } from './ids';
import { makeTitle } from './titles';
import { attachHeadlines, foldDenied, foldHeadlineEvents, foldSources, foldTalks } from './story';

export { analyseArticle } from './assemble';

function articleClusters(a: ArticleAnalysis, articleIndex: number): Cluster[] {
  const primary = a.candidates.filter((c) => !c.attachOnly);
  const clusters: Cluster[] = [];
  const byCand = new Map<object, Cluster>();
  for (const c of primary) {
    if (c.corefWith && byCand.has(c.corefWith)) {
      const target = byCand.get(c.corefWith)!;
      absorb(target, newCluster(c, articleIndex));
      byCand.set(c, target);
      continue;
    }
    const cl = newCluster(c, articleIndex);
    clusters.push(cl);
    byCand.set(c, cl);
  }
  const merged = foldHeadlineEvents(foldDenied(foldSources(foldTalks(mergeClusters(clusters)))), a);
  const joined = new Set<number>();
  for (const h of a.candidates.filter((c) => c.attachOnly)) if (attach(merged, h, a.articleDate)) joined.add(h.sentence);
  attachHeadlines(merged, a, joined);
  for (const s of a.speech) attach(merged, s, a.articleDate);
  return merged;
}

function finalize(cl: Cluster, fileOrder: Map<string, number>): ExtractedEvent {
  const all = cl.members.concat(cl.attached);
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const c of all) {
    for (const m of c.mentions) {
      const key = `${c.file}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ articleId: c.articleId, file: c.file, start: m.start, end: m.end, quote: '', dateSpan: m.dateSpan });
    }
  }
  mentions.sort((x, y) => (fileOrder.get(x.file) ?? 0) - (fileOrder.get(y.file) ?? 0) || x.start - y.start || x.end - y.end);
  const kindRank: Record<Participant['kind'], number> = { person: 0, organisation: 1, country: 2, city: 3 };
  const participants = [...cl.participants].sort((a, b) => kindRank[a.kind] - kindRank[b.kind]);
  const known = participants.filter((p) => (p.kind === 'person' && !p.entityId.startsWith('person-')) || p.kind === 'organisation').length;
  const strong = cl.members.some((m) => !m.flags.weak);
  let conf = strong ? 0.35 : 0.2;
  conf += cl.dateRank >= 4 ? 0.3 : cl.dateRank === 3 || cl.dateRank === 2 ? 0.2 : cl.dateRank === 1 ? 0.1 : 0;
  conf += Math.min(0.2, known * 0.1);
  conf += Math.min(0.15, (mentions.length - 1) * 0.05);
  const ev: ExtractedEvent = {
    id: '', type: cl.type, modality: cl.modality, date: cl.date, title: { en: '', ar: '' }, participants, location: cl.location,
    mentions, confidence: Math.round(Math.min(1, conf) * 100) / 100,
  };
  ev.title = makeTitle(ev, cl.label);
  return ev;
}

function withQuotes(events: ExtractedEvent[], texts: Map<string, string>): ExtractedEvent[] {
  for (const e of events) for (const m of e.mentions) m.quote = (texts.get(m.articleId) ?? '').slice(m.start, m.end);
  return events;
}

function sortEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  return events.sort((a, b) => {
    const da = a.date?.start ?? '9999', db = b.date?.start ?? '9999';
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function extractArticle(article: ArticleInput): ExtractedEvent[] {
  return extractCorpus([article]);
}

export function extractCorpus(articles: ArticleInput[]): ExtractedEvent[] {
  const fileOrder = new Map<string, number>();
  const texts = new Map<string, string>();
  let clusters: Cluster[] = [];
  articles.forEach((a, i) => {
    if (!fileOrder.has(a.file)) fileOrder.set(a.file, i);
    texts.set(a.id, typeof a.text === 'string' ? a.text : '');
    clusters = clusters.concat(articleClusters(analyseArticle(a), i));
  });
  const merged = mergeClusters(clusters);
  const events = merged.map((c) => finalize(c, fileOrder));
  assignIds(events);
  return sortEvents(withQuotes(events, texts));
}
