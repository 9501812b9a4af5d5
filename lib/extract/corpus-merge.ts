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
 * person (or a conference's place) and an overlapping date with it, so adding or removing an article changes the
 * choices of those reports alone, found through an index on keys made of those (`blockingKeys`). Folding every report that could merge
 * with any other into one group, or a greedy merge in arrival order, would not stay this local (see the README).
 */
import { pushTo } from '../collections';
import type { EventDate, ExtractedEvent } from '../domain/event';
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
  // The article's own merge has already told its events of different types apart (a trip and the receptions held on
  // it, «ووصل روبيو إلى الرياض … واستقبل الأمير فيصل بن فرحان … الوزير روبيو»); only other articles' reports join them.
  if (a.report.articleId === b.report.articleId && a.cluster.type !== b.cluster.type) return false;
  return canMerge(a.cluster, b.cluster) || canMerge(b.cluster, a.cluster);
}

const CONFERENCE = familyOf('conference');
const TRIP = familyOf('visit');

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

/** The years a date range touches, as YYYY. */
function yearsOf(start: string, end: string): string[] {
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(String(y).padStart(4, '0'));
  return years;
}

/**
 * How a report is found by the reports it could be one event with, and what a write of it locks. Any two reports
 * that could merge across articles (`compatible`) are found both ways: one's `index` keys and the other's `probe`
 * keys share a key. Of their `locks`, the two hold at least one key in common that one of them holds `alone`.
 */
export interface ReportKeys {
  /** Stored with the report: what others look it up by. */
  index: string[];
  /** What it looks others up by. */
  probe: string[];
  locks: { alone: string[]; shared: string[] };
}

/**
 * The date part of the keys. Two dates are compatible only when they overlap (and two single days only when they are
 * the same day), so a date is keyed by the calendar buckets it touches at its own level — the day for a single day,
 * the months for a range within two months, the years for a wider one — and looks up the buckets it touches at its
 * own and every wider level, which finds every overlapping date as wide as itself or wider. For the narrower ones, a
 * day is also keyed by its month (`≤M`, "a day in this month"), which a wider date looks up, and a wider-than-month
 * date looks up the months it touches: reports told to the day (nine in ten) are then read by those of other days
 * only when a wider date asks for them.
 * A write locks its own level's buckets alone and the wider levels' shared: two overlapping dates always meet on
 * the bucket of the wider one's level, which that one holds alone; two days of one month do not wait for each other.
 */
interface DateKeys { index: string[]; probe: string[]; alone: string[]; shared: string[] }

function dateKeys(date: EventDate): DateKeys {
  const months = monthsOf(date.start, date.end);
  const years = yearsOf(date.start, date.end);
  const day = `D${date.start}`;
  const m = months.map((x) => `M${x}`);
  const y = years.map((x) => `Y${x}`);
  const daysIn = (list: string[]) => list.map((x) => `≤M${x}`);
  if (date.start === date.end) return { index: [day, ...daysIn(months)], probe: [day, ...m, ...y], alone: [day], shared: [...m, ...y] };
  if (months.length <= 2) return { index: m, probe: [...m, ...daysIn(months), ...y], alone: m, shared: y };
  return { index: y, probe: [...y, ...m, ...daysIn(months)], alone: y, shared: [] };
}

/**
 * The place part, for the trip family, where two reports with places that cannot be one place are never one event
 * (`placesConflict`): places that can be share a country (a country's own entity is its country), so a located
 * report's date keys and locks carry it. A report with no place can join any: by the year, it looks up the located
 * reports (each also keyed `anywhere` in the years it touches) and is keyed `nowhere`, which located reports look
 * up; it locks its years alone, which located reports lock shared. Reports with no place are few (one trip in 250
 * of the synthetic corpus), so reading, or waiting for, every trip of their year costs little.
 */
function placeKeys(cluster: Cluster, date: DateKeys, years: string[]): DateKeys | null {
  if (familyOf(cluster.type) !== TRIP) return null;
  const inYears = (place: string) => years.map((y) => `≤Y${y}|${place}`);
  if (!cluster.location) return { index: inYears('nowhere'), probe: [...inYears('anywhere'), ...inYears('nowhere')], alone: inYears('placed'), shared: [] };
  const country = `|in:${cluster.location.country ?? cluster.location.entityId}`;
  const placed = (keys: string[]) => keys.map((k) => k + country);
  return {
    index: [...placed(date.index), ...inYears('anywhere')],
    probe: [...placed(date.probe), ...inYears('nowhere')],
    alone: placed(date.alone),
    shared: [...placed(date.shared), ...inYears('placed')],
  };
}

/**
 * Keys any two reports that could merge across articles share: family and status, then a person or organisation
 * (or, for conferences, the place), then the date (`dateKeys`) and, for trips, the place's country (`placeKeys`).
 * Undated reports merge only within their article and have none. The database indexes reports by `index`, looks up
 * by `probe` and locks by `locks`; corpus-merge.test.ts checks that no pair that could merge is missed.
 */
export function blockingKeys(cluster: Cluster): ReportKeys {
  if (!cluster.date) return { index: [], probe: [], locks: { alone: [], shared: [] } };
  const bucket = `${familyOf(cluster.type)}|${cluster.modality}`;
  const subjects = [...actorKeys(cluster.participants)];
  if (familyOf(cluster.type) === CONFERENCE && cluster.location) subjects.push(`@${cluster.location.entityId}`);
  const date = dateKeys(cluster.date);
  const { index, probe, alone, shared } = placeKeys(cluster, date, yearsOf(cluster.date.start, cluster.date.end)) ?? date;
  const keys = (list: string[]) => subjects.flatMap((s) => list.map((k) => `${bucket}|${s}|${k}`));
  return { index: keys(index), probe: keys(probe), locks: { alone: keys(alone), shared: keys(shared) } };
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
  const keysOf = new Map(items.map((item) => [item, blockingKeys(item.cluster)]));
  for (const item of items) {
    for (const key of keysOf.get(item)!.index) pushTo(byKey, key, item);
    pushTo(byArticle, item.report.articleId, item);
  }
  const parent = new Map<MergeItem, MergeItem | null>();
  for (const item of items) {
    const candidates = new Set(byArticle.get(item.report.articleId));
    for (const key of keysOf.get(item)!.probe) for (const c of byKey.get(key) ?? []) candidates.add(c);
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
