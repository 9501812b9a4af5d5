/**
 * What one article says, ready to be merged with what other articles say: its reports. A report is one event as the
 * article tells it (a cluster of its candidates after the article's own folding: stories, talks, sources, headlines,
 * speech), in plain data that can be stored and read back. The cross-article merge (corpus-merge.ts) works on reports
 * alone, so an article is analysed once, whatever arrives after it.
 */
import type { ArticleInput, EventDate, EventType, Modality, Participant, Place } from '../domain/event';
import { analyseArticle, type ArticleAnalysis } from './assemble';
import { NO_FLAGS, type Candidate, type CandidateFlags, type DateKind } from './candidate';
import type { EventLabel } from './lexicon';
import { absorb, addMember, attach, mergeClusters, newCluster, type Cluster } from './merge';
import type { Span } from './spans';
import { attachHeadlines, foldCeremonyReceptions, lendSigners, foldDenied, foldHeadlineEvents, foldNamedPlans, foldPlansToldAsDone, foldSources, foldTalks, foldTalksIntoCalls, headlineSignings, lendPeople, lendTheStatesTheirPeople, lendTheVisitItsHosts, lendTheVisitItsTraveller, peopleItCallsOff } from './story';
import { splitTrips } from './trips';

type ReportMention = { start: number; end: number; dateSpan: Span | null };

/** A candidate as the cross-article merge reads it: everything addMember, canMerge and finalize use, nothing else. */
export interface ReportCandidate {
  order: number;
  type: EventType;
  modality: Modality;
  date: EventDate | null;
  dateKind: DateKind | null;
  participants: Participant[];
  location: Place | null;
  topic: string | null;
  label: EventLabel | null;
  flags: CandidateFlags;
  mentions: ReportMention[];
  /** The order of the candidate of the same article this one happened just before or after (never the same event). */
  apartFrom: number | null;
}

export interface Report {
  articleId: string;
  file: string;
  /** Position among the article's reports: with the article id, where the report stands in the corpus's order. */
  index: number;
  /** In the order they joined the cluster: replaying them rebuilds its type, date, participants and place. */
  members: ReportCandidate[];
  /** Mentions of headlines and «قال X» clauses that joined it. */
  attached: ReportMention[][];
}

/** The article's own events: candidates folded into clusters, then the story's headlines and speech attached. */
function articleClusters(a: ArticleAnalysis): Cluster[] {
  const primary = a.candidates.filter((c) => !c.attachOnly);
  const clusters: Cluster[] = [];
  const byCand = new Map<object, Cluster>();
  for (const c of primary) {
    if (c.corefWith && byCand.has(c.corefWith)) {
      const target = byCand.get(c.corefWith)!;
      absorb(target, newCluster(c, 0));
      byCand.set(c, target);
      continue;
    }
    const cl = newCluster(c, 0);
    clusters.push(cl);
    byCand.set(c, cl);
  }
  const merged = splitTrips(foldHeadlineEvents(foldPlansToldAsDone(foldNamedPlans(foldDenied(foldSources(foldCeremonyReceptions(foldTalksIntoCalls(foldTalks(mergeClusters(clusters))))))), a), a));
  const headlines = a.candidates.filter((c) => c.attachOnly);
  const signings = headlineSignings(headlines, merged, a);
  const joined = new Set([...signings.keys()].map((h) => h.sentence));
  for (const h of headlines) if (!signings.has(h) && attach(merged, h, a.articleDate)) joined.add(h.sentence);
  merged.push(...signings.values());
  const unattached = a.speech.filter((s) => !attach(merged, s, a.articleDate));
  // A lead that is someone speaking is the story's main event, which its headlines tell.
  const all = merged.concat(leadStatement(merged, unattached, a), datedStatements(unattached, a));
  attachHeadlines(all, a, joined);
  lendTheStatesTheirPeople(all, a.speech, a.articleDate);
  lendSigners(all);
  lendTheVisitItsTraveller(all);
  lendTheVisitItsHosts(all);
  return all;
}

/**
 * «قال وزير الخارجية الإيراني، الأحد، إنه لا يستطيع تلبية دعوة لزيارة السعودية»: a lead that is someone speaking, where
 * nothing the article reports as done or planned is told, is a statement: the speaking is the day's news. Dated by the
 * article's day, as the lead is.
 */
function leadStatement(clusters: Cluster[], speech: Candidate[], a: ArticleAnalysis): Cluster[] {
  const lead = a.leadSentence;
  const said = speech.find((s) => s.sentence === lead);
  if (lead === null || !said || !a.articleDate) return [];
  const told = clusters.some((c) => (c.modality === 'occurred' || c.modality === 'planned') && c.date !== null && c.members.some((m) => m.sentence === lead));
  if (told) return [];
  const order = Math.max(-1, ...a.candidates.map((c) => c.order)) + 1;
  const statement = newCluster({ ...said, order, attachOnly: false, date: a.articleDate, dateKind: 'lead' }, 0);
  lendPeople(statement, peopleItCallsOff(clusters, new Set([lead])));
  return [statement];
}

/**
 * «وفي يونيو الماضي، قال سيارتو إنه …»: someone speaking on a day of his own that no event of that day holds is a
 * statement on that day (speakers.ts dates the speaking; the lead's speaking is leadStatement's).
 */
function datedStatements(speech: Candidate[], a: ArticleAnalysis): Cluster[] {
  let order = Math.max(-1, ...a.candidates.map((c) => c.order)) + 1;
  return speech.filter((s) => s.date !== null && s.dateKind === 'clause' && s.sentence !== a.leadSentence)
    .map((s) => newCluster({ ...s, order: order++, attachOnly: false }, 0));
}

const mentionsOf = (c: Candidate): ReportMention[] => c.mentions.map((m) => ({ start: m.start, end: m.end, dateSpan: m.dateSpan }));

function toReport(cl: Cluster, index: number, article: ArticleInput): Report {
  return {
    articleId: article.id,
    file: article.file,
    index,
    members: cl.members.map((c) => ({
      order: c.order, type: c.type, modality: c.modality, date: c.date, dateKind: c.dateKind, participants: c.participants,
      location: c.location, topic: c.topic, label: c.label, flags: c.flags, mentions: mentionsOf(c), apartFrom: c.apartFrom?.order ?? null,
    })),
    attached: cl.attached.map(mentionsOf),
  };
}

/** Per-article analysis, pure: the article's reports. Serialisable as JSON. */
export function articleReports(article: ArticleInput): Report[] {
  return articleClusters(analyseArticle(article)).map((cl, i) => toReport(cl, i, article));
}

function candidateOf(r: Report, m: ReportCandidate): Candidate {
  return {
    articleId: r.articleId, file: r.file, order: m.order, type: m.type, modality: m.modality, triggers: [], mentions: m.mentions,
    date: m.date, dateKind: m.dateKind, participants: m.participants, location: m.location, topic: m.topic, sentence: -1, group: -1,
    flags: m.flags, corefWith: null, apartFrom: null, attachOnly: false, speaker: null, label: m.label, anchor: null, offset: null,
  };
}

function attachedOf(r: Report, mentions: ReportMention[]): Candidate {
  return { ...candidateOf(r, { order: -1, type: 'statement', modality: 'occurred', date: null, dateKind: null, participants: [], location: null, topic: null, label: null, flags: NO_FLAGS, mentions, apartFrom: null }), attachOnly: true };
}

/**
 * The reports as clusters again, for one merge: `articleRank` numbers the articles in the corpus's order, and the
 * «just before or after» links are resolved among the candidates of the same article that are present.
 */
export function clustersOf(reports: Report[], articleRank: (articleId: string) => number): Cluster[] {
  const byOrder = new Map<string, Candidate>();
  const pending: Array<[Candidate, number]> = [];
  const clusters = reports.map((r) => {
    const members = r.members.map((m) => {
      const c = candidateOf(r, m);
      byOrder.set(`${r.articleId}\u0000${m.order}`, c);
      if (m.apartFrom !== null) pending.push([c, m.apartFrom]);
      return c;
    });
    const cl = newCluster(members[0]!, articleRank(r.articleId));
    for (const c of members.slice(1)) addMember(cl, c);
    cl.first = { article: cl.first.article, order: Math.min(...members.map((c) => c.order)) };
    cl.attached = r.attached.map((mentions) => attachedOf(r, mentions));
    return cl;
  });
  for (const [c, order] of pending) c.apartFrom = byOrder.get(`${c.articleId}\u0000${order}`) ?? null;
  return clusters;
}
