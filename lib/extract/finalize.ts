/** A merged cluster as the event the app stores: mentions in corpus order, participants by kind, confidence, titles. */
import type { ExtractedEvent, Mention, Participant } from '../domain/event';
import type { Cluster } from './merge';
import { makeTitle } from './titles';

/** The corpus's order of articles: by id, so that it never depends on the order they arrived in. */
export const compareArticleIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function finalize(cl: Cluster): ExtractedEvent {
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
  mentions.sort((x, y) => compareArticleIds(x.articleId, y.articleId) || x.start - y.start || x.end - y.end);
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
