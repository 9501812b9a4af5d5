/**
 * A write that costs what it touches: new articles' reports join the stored ones, or a removed article's leave, and
 * only the trees of reports whose choice changes are derived again (lib/extract/corpus-merge.ts says what a tree
 * is). The result is the one a merge of every stored report from scratch would give (lib/db/ingest.test.ts checks).
 *
 * 1. Reports that choose anew: the new ones, and those whose parent leaves. Each looks at the stored reports its
 *    probe keys find (corpus-merge.ts `blockingKeys`), and those of its article, and joins the first it could be one
 *    event with.
 * 2. A stored report that a new one comes before, and could be one event with, joins the new one if it comes before
 *    its present parent too.
 * 3. The trees of every report whose parent changed, and of the reports they now join, are read whole; their events
 *    are derived again, numbered together with the stored events sharing their base ids, and compared with what is
 *    stored: only events whose content or id changed are written.
 */
import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { pushTo } from '@/lib/collections';
import type { ExtractedEvent } from '@/lib/domain/event';
import type { Report } from '@/lib/extract';
import { compareKeys, compatible, eventOf, groupItems, ITEM_RULES, mergeItems, parentAmong, reportId, type MergeItem, type ReportKey } from '@/lib/extract/corpus-merge';
import { baseId, collisionOrder, numberedId } from '@/lib/extract/ids';
import { setAsideOutOfBounds, type SetAsideDate } from '@/lib/ingest/date-bounds';
import type { Queryable } from './client';
import { recordReplacedIds, type ReplacedEvent } from './aliases';
import { bumpCorpusVersion, eventFingerprint, replaceEvents } from './events';
import { textArray } from './json-rows';
import { ReadLog, rowVersion } from './read-log';
import type { ReportCache } from './report-cache';
import { insertReports, keyNumbersOf, lockNumbersOf, moveReports, placementOf, renameReportEvents, reportsByKeys, reportsWhere, type ReportPlacement, type ReportReads, type StoredReport } from './report-rows';
import { articles, eventMentions, events } from './schema';
import { idLock, treeLock, type WriteLocks } from './write-locks';
import { phase } from './write-phases';

export interface ReportChange {
  /** Reports of articles just stored, with the articles' texts (for quotes). */
  added: Report[];
  texts: Map<string, string>;
  /** Articles whose reports leave (their rows go with the article, deleted by the caller after `apply`). */
  removedArticleIds: string[];
  /** Why an event that vanished is gone, for its permalink's readers. */
  retiredNote: string;
}

export interface ChangeOutcome {
  /** Every event now made of a report the write touched. */
  events: ExtractedEvent[];
  setAside: SetAsideDate[];
  /** Ids of events that vanished with nothing to redirect to (410). */
  retired: string[];
}

/** The merge's reads of what is stored, timed apart from its work (write-phases.ts). */
const read = <T>(query: () => PromiseLike<T>): Promise<T> => phase('merge reads', async () => query());

const storedKey = (row: StoredReport): ReportKey => ({ rank: row.rank, start: row.dateStart, end: row.dateEnd, articleId: row.report.articleId, index: row.report.index });



/**
 * A read of the plan, logged (read-log.ts): `select` is the read's select list from `table` (with the row's key and
 * version), `where` its condition.
 */
async function logged<Row extends { key: string | number; version: string }>(log: ReadLog, table: PgTable, key: SQLWrapper, where: SQL, select: { where: (condition: SQL) => PromiseLike<Row[]> }): Promise<Row[]> {
  const rows = await select.where(where);
  log.add(sql`select ${key}::text as row_key, ${rowVersion(table)} as row_version from ${table} where ${where}`, rows.map((r) => ({ key: String(r.key), version: r.version })));
  return rows;
}

/** The first mention of each of these events, in the order ids are numbered by (collisionOrder), logged. */
async function firstMentionsOf(log: ReadLog, db: Queryable, eventIds: string[]): Promise<Array<{ eventId: string; file: string; start: number }>> {
  const first = (columns: SQL) => sql`select distinct on (m.event_id) ${columns} from ${eventMentions} m join ${articles} a on a.id = m.article_id
    where m.event_id = any(${textArray(eventIds)}) order by m.event_id, m.article_id, m.start, m.end`;
  const { rows } = (await db.execute(first(sql`m.event_id as "eventId", coalesce(a.file, a.id) as file, m.start, m.id::text as key, m.xmin::text || '/' || a.xmin::text as version`))) as unknown as {
    rows: Array<{ eventId: string; file: string; start: number; key: string; version: string }>;
  };
  log.add(first(sql`m.id::text as row_key, m.xmin::text || '/' || a.xmin::text as row_version`), rows);
  return rows;
}

/** Everything a write will do, worked out from what is stored now, and the locks it rests on. */
interface Plan {
  locks: { alone: number[]; shared: number[] };
  placements: ReportPlacement[];
  moves: Array<{ id: string; parentId: string | null; treeId: string; eventId: string }>;
  removedEventIds: string[];
  addedEvents: ExtractedEvent[];
  renames: Map<string, string>;
  replaced: ReplacedEvent[];
  next: ExtractedEvent[];
  setAside: SetAsideDate[];
}

/** Step 1 and 2: the new parent of every report whose parent changes (stored ones by id, new ones by item). */
async function chooseParents(reads: ReportReads, change: ReportChange, removed: StoredReport[]) {
  const removedIds = new Set(removed.map((r) => r.id));
  const children = (await read(() => reportsWhere(reads, 'parentId', [...removedIds]))).filter((r) => !removedIds.has(r.id));
  const seekers = mergeItems([...change.added, ...children.map((c) => c.report)]);
  const found = await read(() => reportsByKeys(reads, seekers.flatMap((item) => keyNumbersOf(item).probe)));
  const sameArticle = await read(() => reportsWhere(reads, 'articleId', children.map((c) => c.report.articleId)));
  const stored = new Map<string, StoredReport>();
  for (const row of [...children, ...found.reports, ...sameArticle]) if (!removedIds.has(row.id)) stored.set(row.id, row);
  const parents = new Map((await read(() => reportsWhere(reads, 'id', [...stored.values()].map((r) => r.parentId).filter((p): p is string => p !== null && !stored.has(p))))).map((r) => [r.id, r]));
  for (const row of stored.values()) parents.set(row.id, row);

  // One rebuild for every report compared, so that an article's kept-apart links resolve among its own.
  const items = mergeItems([...change.added, ...[...stored.values()].map((r) => r.report)]);
  const itemOf = new Map(items.map((item) => [reportId(item.report), item]));
  const byKey = new Map<number, MergeItem[]>();
  const byArticle = new Map<string, MergeItem[]>();
  for (const [id, keys] of found.keysOf) if (stored.has(id)) for (const key of keys) pushTo(byKey, key, itemOf.get(id)!);
  const addedItems = change.added.map((r) => itemOf.get(reportId(r))!);
  for (const item of addedItems) for (const key of keyNumbersOf(item).index) pushTo(byKey, key, item);
  for (const item of items) pushTo(byArticle, item.report.articleId, item);

  const parentOf = new Map<MergeItem, MergeItem | null>();
  for (const seeker of [...addedItems, ...children.map((c) => itemOf.get(c.id)!)]) {
    const candidates = new Set(byArticle.get(seeker.report.articleId));
    for (const key of keyNumbersOf(seeker).probe) for (const c of byKey.get(key) ?? []) candidates.add(c);
    parentOf.set(seeker, parentAmong(seeker, candidates));
  }
  // A stored report joins a new one that comes before it and before its present parent.
  const childIds = new Set(children.map((c) => c.id));
  for (const n of addedItems) {
    const reached = new Set<MergeItem>();
    for (const key of keyNumbersOf(n).probe) for (const x of byKey.get(key) ?? []) reached.add(x);
    for (const x of reached) {
      const id = reportId(x.report);
      if (!stored.has(id) || childIds.has(id) || compareKeys(n.key, x.key) >= 0 || !compatible(n, x)) continue;
      const current = parentOf.get(x) ?? null;
      const currentKey = parentOf.has(x) ? current?.key ?? null : stored.get(id)!.parentId ? storedKey(parents.get(stored.get(id)!.parentId!)!) : null;
      if (currentKey === null || compareKeys(n.key, currentKey) < 0) parentOf.set(x, n);
    }
  }
  return { parentOf, stored, seekers };
}

async function plan(reads: ReportReads, change: ReportChange): Promise<Plan> {
  const { db, log } = reads;
  const removed = await read(() => reportsWhere(reads, 'articleId', change.removedArticleIds));
  const removedIds = new Set(removed.map((r) => r.id));
  const removedItems = mergeItems(removed.map((r) => r.report));
  const { parentOf, stored, seekers } = await chooseParents(reads, change, removed);

  // Step 3: the trees touched, read whole.
  const parentIdOf = new Map<string, string | null>();
  const trees = new Set(removed.map((r) => r.treeId));
  for (const [item, parent] of parentOf) {
    const id = reportId(item.report);
    parentIdOf.set(id, parent ? reportId(parent.report) : null);
    const row = stored.get(id);
    if (row && row.parentId !== parentIdOf.get(id)) trees.add(row.treeId);
    if (parent && stored.has(reportId(parent.report))) trees.add(stored.get(reportId(parent.report))!.treeId);
  }
  for (const [id, parentId] of parentIdOf) if (stored.get(id)?.parentId === parentId) parentIdOf.delete(id);
  const treeRows = (await read(() => reportsWhere(reads, 'treeId', [...trees]))).filter((r) => !removedIds.has(r.id));
  const rowOf = new Map(treeRows.map((r) => [r.id, r]));
  const items = mergeItems([...change.added, ...treeRows.map((r) => r.report)]);
  const itemOf = new Map(items.map((item) => [reportId(item.report), item]));
  const parentIdFor = (item: MergeItem): string | null => {
    const id = reportId(item.report);
    return parentIdOf.has(id) ? parentIdOf.get(id)! : rowOf.get(id)?.parentId ?? null;
  };
  const parentItem = (item: MergeItem): MergeItem | null => {
    const p = parentIdFor(item);
    if (p === null) return null;
    const parent = itemOf.get(p);
    if (!parent) throw new Error(`Report ${reportId(item.report)} joins ${p}, which is not in the trees read for this write.`);
    return parent;
  };
  const grouping = groupItems(items, { ...ITEM_RULES, parentOf: parentItem });

  // The events those trees make now, against those they made.
  const oldEventIds = [...new Set([...treeRows, ...removed].map((r) => r.eventId))];
  const oldEvents = oldEventIds.length
    ? await read(() => logged(log, events, events.id, sql`${events.id} = any(${textArray(oldEventIds)})`, db.select({ id: events.id, titleEn: events.titleEn, titleAr: events.titleAr, baseId: events.baseId, fingerprint: events.fingerprint, key: events.id, version: rowVersion(events) }).from(events)))
    : [];
  const oldMentions = oldEventIds.length
    ? await read(() => logged(log, eventMentions, eventMentions.id, sql`${eventMentions.eventId} = any(${textArray(oldEventIds)})`, db.select({ eventId: eventMentions.eventId, articleId: eventMentions.articleId, start: eventMentions.start, end: eventMentions.end, quote: eventMentions.quote, key: eventMentions.id, version: rowVersion(eventMentions) }).from(eventMentions)))
    : [];
  const quotes = new Map(oldMentions.map((m) => [`${m.articleId}:${m.start}:${m.end}`, m.quote]));
  const made = grouping.groups.map((group) => {
    const event = eventOf(group.map((item) => item.report));
    for (const m of event.mentions) m.quote = quotes.get(`${m.articleId}:${m.start}:${m.end}`) ?? (change.texts.get(m.articleId) ?? '').slice(m.start, m.end);
    return event;
  });
  const sourceIds = [...new Set(made.flatMap((e) => e.mentions.map((m) => m.articleId)))];
  const dated = sourceIds.length
    ? await read(() => logged(log, articles, articles.id, sql`${articles.id} = any(${textArray(sourceIds)})`, db.select({ id: articles.id, published: articles.published, ingestedAt: articles.ingestedAt, key: articles.id, version: rowVersion(articles) }).from(articles)))
    : [];
  const bounded = setAsideOutOfBounds(made, dated.map((a) => ({ id: a.id, published: a.published, stored: a.ingestedAt.toISOString().slice(0, 10) })));

  // Ids: numbered together with the stored events sharing a base id.
  const bases = new Set([...bounded.events.map(baseId), ...oldEvents.map((e) => e.baseId).filter((b): b is string => b !== null)]);
  const others = bases.size
    ? await read(() => logged(log, events, events.id, sql`${events.baseId} = any(${textArray([...bases])}) and not (${events.id} = any(${textArray(oldEventIds)}))`, db.select({ id: events.id, baseId: events.baseId, modality: events.modality, key: events.id, version: rowVersion(events) }).from(events)))
    : [];
  const firstMentions = others.length ? await read(() => firstMentionsOf(log, db, others.map((o) => o.id))) : [];
  const firstOf = new Map(firstMentions.map((r) => [r.eventId, r]));
  type Numbered = { modality: string; mentions: Array<{ file: string; start: number }>; assign: (id: string) => void };
  const groupsByBase = new Map<string, Numbered[]>();
  for (const event of bounded.events) pushTo(groupsByBase, baseId(event), { modality: event.modality, mentions: event.mentions, assign: (id) => { event.id = id; } });
  const renames = new Map<string, string>();
  for (const other of others) {
    const first = firstOf.get(other.id);
    pushTo(groupsByBase, other.baseId!, { modality: other.modality, mentions: first ? [first] : [], assign: (id) => { if (id !== other.id) renames.set(other.id, id); } });
  }
  for (const [base, list] of groupsByBase) {
    list.sort((a, b) => collisionOrder(a as never, b as never));
    list.forEach((n, i) => n.assign(numberedId(base, i)));
  }
  const setAside = bounded.setAside.map(({ event, ...rest }) => ({ eventId: event.id, ...rest }));

  // What changes.
  const fingerprints = new Map(oldEvents.map((e) => [e.id, e.fingerprint]));
  const unchanged = new Set(bounded.events.filter((e) => fingerprints.get(e.id) === eventFingerprint(e)).map((e) => e.id));
  const eventOfItem = new Map<MergeItem, string>();
  grouping.groups.forEach((group, i) => { for (const item of group) eventOfItem.set(item, bounded.events[i]!.id); });
  const placements: ReportPlacement[] = [];
  const moves: Plan['moves'] = [];
  for (const item of items) {
    const id = reportId(item.report);
    const placed = { parentId: parentIdFor(item), treeId: reportId(grouping.tree.get(item)!.report), eventId: eventOfItem.get(item)! };
    const row = rowOf.get(id);
    if (!row) placements.push(placementOf(item, placed));
    else if (row.parentId !== placed.parentId || row.treeId !== placed.treeId || row.eventId !== placed.eventId) moves.push({ id, ...placed });
  }
  const mentionKeys = new Map<string, string[]>();
  for (const m of oldMentions) pushTo(mentionKeys, m.eventId, `${m.articleId}:${m.start}`);
  const replaced = oldEvents.filter((e) => !unchanged.has(e.id)).map((e) => ({ id: e.id, titleEn: e.titleEn, titleAr: e.titleAr, mentionKeys: mentionKeys.get(e.id) ?? [] }));
  const keyLocks = lockNumbersOf([...seekers, ...removedItems]);
  return {
    locks: {
      alone: [...keyLocks.alone, ...[...trees].map(treeLock), ...[...bases, ...others.map((o) => o.baseId!)].map(idLock)],
      shared: keyLocks.shared,
    },
    placements,
    moves,
    removedEventIds: oldEvents.map((e) => e.id).filter((id) => !unchanged.has(id)),
    addedEvents: bounded.events.filter((e) => !unchanged.has(e.id)),
    renames,
    replaced,
    next: bounded.events,
    setAside,
  };
}

/** Renames events (their mentions and participants follow, ON UPDATE CASCADE) through temporary ids, so a chain of renames never collides. */
async function renameEvents(db: Queryable, renames: Map<string, string>): Promise<void> {
  if (renames.size === 0) return;
  const temp = (id: string) => `~renaming~${id}`;
  for (const [from, to] of renames) await db.update(events).set({ id: temp(to) }).where(eq(events.id, from));
  for (const to of renames.values()) await db.update(events).set({ id: to }).where(eq(events.id, temp(to)));
  await renameReportEvents(db, renames);
}

/**
 * Works out and writes a change of reports, inside the caller's transaction. On PostgreSQL the plan is made before
 * it can know every lock it rests on (the trees and ids it touches come out of it); once they are held, nothing it
 * read can change any more, and one statement tells whether anything did meanwhile (read-log.ts). If something did,
 * the plan is made again, under those locks, until it needs no lock not held, so concurrent writers never write from
 * stale reads. `beforeWrite` runs once the plan stands, before anything is written (the caller removes articles there).
 */
export async function applyReportChange(db: Queryable, locks: WriteLocks, cache: ReportCache, change: ReportChange, beforeWrite: () => Promise<void> = async () => {}): Promise<ChangeOutcome> {
  const planned = async () => {
    const reads = { db, cache, log: new ReadLog() };
    return { reads, plan: await phase('merge', () => plan(reads, change)) };
  };
  const addedLocks = lockNumbersOf(mergeItems(change.added));
  await phase('locks', () => locks.take(addedLocks.alone, addedLocks.shared));
  let { reads, plan: p } = await planned();
  while ((await phase('locks', () => locks.take(p.locks.alone, p.locks.shared))) && !(await read(() => reads.log.unchanged(db)))) ({ reads, plan: p } = await planned());
  await beforeWrite();
  await replaceEvents(db, p.removedEventIds, p.addedEvents, () => phase('events', () => renameEvents(db, p.renames)));
  await phase('reports', async () => {
    await insertReports(db, p.placements);
    await moveReports(db, p.moves);
  });
  const retired = await phase('aliases', async () => {
    const ids = await recordReplacedIds(db, p.replaced, p.next, p.addedEvents.map((e) => e.id), change.retiredNote, p.renames);
    if (p.removedEventIds.length || p.addedEvents.length || p.renames.size) await bumpCorpusVersion(db);
    return ids;
  });
  return { events: p.next, setAside: p.setAside, retired };
}
