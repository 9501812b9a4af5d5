/**
 * The merge across articles, on reports (reports.ts), with a result that depends only on which reports there are:
 * never on the order articles arrive in, and never on reports that could not be the same event.
 *
 * Reports stand in one order: the best-dated first (the date rank merge.ts gives a cluster, then the narrower date,
 * then the earlier start), then by article id and position. Each report joins the first report before it in that
 * order that it could be one event with (canMerge either way round: same family and status, compatible dates, a
 * shared person or organisation, a conference's place…). The reports joined directly or through others are one
 * event, except that two reports an article keeps apart («قبل موكب التوقيع») are never one: the later of the two
 * leaves what it joined. An event is its reports folded in article order (absorb, as within an article), finalized.
 *
 * Why this shape: a report's choice depends only on itself and on reports it could merge with, which share a
 * person (or a conference's place) and a month with it, so adding or removing an article changes the choices of
 * those reports alone, found through an index on those keys (`blockingKeys`). Folding every report that could merge
 * with any other into one group, or a greedy merge in arrival order, would not stay this local (see the README).
 */
import { pushTo } from '../collections';
import type { ExtractedEvent } from '../domain/event';
import { familyOf } from '../domain/event-types';
import { actorKeys } from './candidate';
import { compareArticleIds, finalize } from './finalize';
import { assignIds } from './ids';
import { absorb, canMerge, keptApart, type Cluster } from './merge';
import { clustersOf, type Report } from './reports';


/** A report rebuilt as a cluster for one merge. */
export interface MergeItem {
  report: Report;
  cluster: Cluster;
  key: ReportKey;
}

/** A report's place in the corpus's order of articles: article id, then position. */
export const reportId = (r: Pick<Report, 'articleId' | 'index'>): string => `${r.articleId}#${r.index}`;

export function compareReports(a: Pick<Report, 'articleId' | 'index'>, b: Pick<Report, 'articleId' | 'index'>): number {
  return compareArticleIds(a.articleId, b.articleId) || a.index - b.index;
}

/** What places a report in the merge order: its date's rank and range, its article and position. */
export interface ReportKey {
  rank: number;
  start: string | null;
  end: string | null;
  articleId: string;
  index: number;
}

const keyOf = (report: Report, cluster: Cluster): ReportKey => ({
  rank: cluster.dateRank, start: cluster.date?.start ?? null, end: cluster.date?.end ?? null, articleId: report.articleId, index: report.index,
});

const widthOf = (k: ReportKey): number => (k.start && k.end ? Date.parse(k.end) - Date.parse(k.start) : Infinity);

/** The merge order: the best-dated first (higher rank, then narrower, then earlier); ties by article and position. */
export function compareKeys(a: ReportKey, b: ReportKey): number {
  return b.rank - a.rank || widthOf(a) - widthOf(b) || (a.start ?? '').localeCompare(b.start ?? '') || compareReports(a, b);
}

/** The merge order of rebuilt reports. Negative when a comes first. */
export const compareItems = (a: MergeItem, b: MergeItem): number => compareKeys(a.key, b.key);

/** Whether two reports could be one event: the article-level merge rule, asked both ways. */
export function compatible(a: MergeItem, b: MergeItem): boolean {
  return canMerge(a.cluster, b.cluster) || canMerge(b.cluster, a.cluster);
}

/** The months a date range touches, as YYYY-MM. */
function monthsOf(start: string, end: string): string[] {
  const months: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    if (++m > 12) { m = 1; y++; }
  }
}

const CONFERENCE = familyOf('conference');

/**
 * Keys any two reports that could merge across articles share: family and status, then a person or organisation
 * (or, for conferences, the place) and a month both dates touch. Undated reports merge only within their article
 * and have none. The database indexes reports by these keys and locks them for a write.
 */
export function blockingKeys(cluster: Cluster): string[] {
  if (!cluster.date) return [];
  const bucket = `${familyOf(cluster.type)}|${cluster.modality}`;
  const subjects = [...actorKeys(cluster.participants)];
  if (familyOf(cluster.type) === CONFERENCE && cluster.location) subjects.push(`@${cluster.location.entityId}`);
  const months = monthsOf(cluster.date.start, cluster.date.end);
  return subjects.flatMap((s) => months.map((m) => `${bucket}|${s}|${m}`));
}

/** Rebuilds reports as clusters for one merge, with articles ranked by id. */
export function mergeItems(reports: Report[]): MergeItem[] {
  const ids = [...new Set(reports.map((r) => r.articleId))].sort(compareArticleIds);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const clusters = clustersOf(reports, (id) => rank.get(id)!);
  return reports.map((report, i) => ({ report, cluster: clusters[i]!, key: keyOf(report, clusters[i]!) }));
}

/** The report an item joins among candidates: the first before it in the merge order it could be one event with. */
export function parentAmong(item: MergeItem, candidates: Iterable<MergeItem>): MergeItem | null {
  let best: MergeItem | null = null;
  for (const c of candidates) {
    if (c === item || compareItems(c, item) >= 0 || (best && compareItems(best, c) <= 0)) continue;
    if (compatible(item, c)) best = c;
  }
  return best;
}

export interface Grouping<T> {
  /** Each item's tree: the root of the reports joined through one another, before kept-apart reports leave. */
  tree: Map<T, T>;
  /** The events: groups of items in article order. */
  groups: T[][];
}

/**
 * Events from the choices: items joined directly or through others, then, for every pair of items an article keeps
 * apart that ended up together, the later one in the merge order leaves its parent (and takes what joined it along).
 * Every item's parent must be among `items`. Generic, so the database can group the rows it holds the same way.
 */
export interface GroupRules<T> {
  parentOf: (item: T) => T | null;
  articleOf: (item: T) => string;
  /** Whether the article keeps the two apart (asked only of items of one article). */
  apart: (a: T, b: T) => boolean;
  /** The merge order. */
  order: (a: T, b: T) => number;
}

export function groupItems<T>(items: T[], { parentOf, articleOf, apart, order }: GroupRules<T>): Grouping<T> {
  const rootOf = (item: T, parent: (x: T) => T | null): T => {
    let at = item;
    for (let up = parent(at); up !== null; up = parent(at)) at = up;
    return at;
  };
  const tree = new Map(items.map((item) => [item, rootOf(item, parentOf)]));
  const cut = new Set<T>();
  const effective = (x: T) => (cut.has(x) ? null : parentOf(x));
  const pairs: Array<[T, T]> = [];
  const byTreeAndArticle = new Map<string, T[]>();
  const treeNumber = new Map([...new Set(tree.values())].map((root, i) => [root, i]));
  for (const item of items) pushTo(byTreeAndArticle, `${treeNumber.get(tree.get(item)!)}\u0000${articleOf(item)}`, item);
  for (const members of byTreeAndArticle.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (apart(a, b)) pairs.push(order(a, b) < 0 ? [a, b] : [b, a]);
      }
    }
  }
  pairs.sort((x, y) => order(x[1], y[1]) || order(x[0], y[0]));
  for (const [earlier, later] of pairs) if (rootOf(earlier, effective) === rootOf(later, effective)) cut.add(later);
  const groups = new Map<T, T[]>();
  for (const item of items) pushTo(groups, rootOf(item, effective), item);
  return { tree, groups: [...groups.values()] };
}

/** How reports rebuilt for a merge form events. */
export const ITEM_RULES: Omit<GroupRules<MergeItem>, 'parentOf'> = {
  articleOf: (item) => item.report.articleId,
  apart: (a, b) => keptApart(a.cluster, b.cluster),
  order: compareItems,
};

/** One event from its reports: folded in article order as the article-level merge folds clusters, then finalized. */
export function eventOf(reports: Report[]): ExtractedEvent {
  const items = mergeItems([...reports].sort(compareReports));
  const target = items[0]!.cluster;
  for (const item of items.slice(1)) absorb(target, item.cluster);
  return finalize(target);
}

export interface MergePlan {
  items: MergeItem[];
  parent: Map<MergeItem, MergeItem | null>;
  grouping: Grouping<MergeItem>;
}

/** Every report's choice and the events they make, for a whole corpus at once. */
export function planMerge(reports: Report[]): MergePlan {
  const items = mergeItems([...reports].sort(compareReports));
  const byKey = new Map<string, MergeItem[]>();
  const byArticle = new Map<string, MergeItem[]>();
  for (const item of items) {
    for (const key of blockingKeys(item.cluster)) pushTo(byKey, key, item);
    pushTo(byArticle, item.report.articleId, item);
  }
  const parent = new Map<MergeItem, MergeItem | null>();
  for (const item of items) {
    const candidates = new Set(byArticle.get(item.report.articleId));
    for (const key of blockingKeys(item.cluster)) for (const c of byKey.get(key)!) candidates.add(c);
    parent.set(item, parentAmong(item, candidates));
  }
  const grouping = groupItems(items, { ...ITEM_RULES, parentOf: (item) => parent.get(item) ?? null });
  return { items, parent, grouping };
}

/** The events of a corpus from its articles' reports, ids assigned. The same reports in any order give the same events. */
export function mergeReports(reports: Report[]): ExtractedEvent[] {
  const { grouping } = planMerge(reports);
  const events = grouping.groups.map((group) => eventOf(group.map((item) => item.report)));
  assignIds(events);
  return events;
}
