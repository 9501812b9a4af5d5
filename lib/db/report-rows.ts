import { eq, sql, type SQL } from 'drizzle-orm';
import type { Report } from '@/lib/extract';
import { blockingKeys, reportId, type MergeItem, type ReportKeys } from '@/lib/extract/corpus-merge';
import type { Queryable } from './client';
import { articleAnalyses, articles, eventReportKeys, eventReports } from './schema';
import { insertRows, textArray } from './json-rows';
import type { ReportCache } from './report-cache';
import { rowVersion, type ReadLog } from './read-log';
import { keyNumber } from './write-locks';

/** A stored report with where the merge put it. */
export interface StoredReport {
  id: string;
  report: Report;
  rank: number;
  dateStart: string | null;
  dateEnd: string | null;
  parentId: string | null;
  treeId: string;
  eventId: string;
}

/** Where a report goes in the tables: what it is, its index keys (distinct), where the merge put it. */
export interface ReportPlacement {
  report: Report;
  rank: number;
  dateStart: string | null;
  dateEnd: string | null;
  keys: number[];
  parentId: string | null;
  treeId: string;
  eventId: string;
}

/**
 * A report's blocking keys (corpus-merge.ts) as the numbers the index and the locks use, worked out once per report:
 * a write rebuilds its new reports three times (for its first locks, its seekers and its trees), and the keys depend
 * on the report alone.
 */
interface KeyNumbers {
  index: number[];
  probe: number[];
  locks: { alone: number[]; shared: number[] };
}

const numbered = new WeakMap<Report, KeyNumbers>();
const numbersOf = (keys: string[]): number[] => [...new Set(keys.map(keyNumber))];

export function keyNumbersOf(item: MergeItem): KeyNumbers {
  let known = numbered.get(item.report);
  if (!known) {
    const keys: ReportKeys = blockingKeys(item.cluster);
    known = { index: numbersOf(keys.index), probe: numbersOf(keys.probe), locks: { alone: numbersOf(keys.locks.alone), shared: numbersOf(keys.locks.shared) } };
    numbered.set(item.report, known);
  }
  return known;
}

/** The locks of writing these reports: each report's, taken alone when any of them needs it alone. */
export function lockNumbersOf(items: MergeItem[]): { alone: number[]; shared: number[] } {
  return { alone: items.flatMap((item) => keyNumbersOf(item).locks.alone), shared: items.flatMap((item) => keyNumbersOf(item).locks.shared) };
}

/** Where a rebuilt report goes: what it is and its keys, from the rebuild; where the merge put it. */
export function placementOf(item: MergeItem, placed: Pick<ReportPlacement, 'parentId' | 'treeId' | 'eventId'>): ReportPlacement {
  return { report: item.report, rank: item.key.rank, dateStart: item.key.start, dateEnd: item.key.end, keys: keyNumbersOf(item).index, ...placed };
}

const CHUNK = 500;

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** How a write's plan reads stored reports: in its transaction, through the parsed reports remembered, logging each read. */
export interface ReportReads {
  db: Queryable;
  cache: ReportCache;
  log: ReadLog;
}

/** A stored report's row without its payload, with the row's version (report-cache.ts). */
type Placed = Omit<StoredReport, 'report'> & { version: string };

/**
 * Rows read as one JSON text: thousands of rows of a few columns each cost PGlite's driver far more as rows than as
 * one value (the JSON.parse that reads it is native). `values` lists what each row holds, as a JSON array.
 */
async function jsonRowsOf<T>(db: Queryable, values: SQL, from: SQL): Promise<T[]> {
  const { rows } = (await db.execute(sql`select coalesce(json_agg(json_build_array(${values})), '[]')::text as rows from ${from}`)) as unknown as { rows: Array<{ rows: string }> };
  return JSON.parse(rows[0]!.rows) as T[];
}

type PlacedArray = [id: string, version: string, rank: number, dateStart: string | null, dateEnd: string | null, parentId: string | null, treeId: string, eventId: string];
const placedValues = sql`${eventReports.id}, ${rowVersion(eventReports)}, ${eventReports.rank}, ${eventReports.dateStart}, ${eventReports.dateEnd}, ${eventReports.parentId}, ${eventReports.treeId}, ${eventReports.eventId}`;
const placedOf = ([id, version, rank, dateStart, dateEnd, parentId, treeId, eventId]: PlacedArray): Placed => ({ id, version, rank, dateStart, dateEnd, parentId, treeId, eventId });

/** The rows with their reports: from the cache when their version is known, the others' payloads read a thousand at a time. */
async function withReports({ db, cache }: ReportReads, rows: Placed[]): Promise<StoredReport[]> {
  const reports = new Map<string, Report>();
  const missing: string[] = [];
  for (const row of rows) {
    const known = cache.get(row.id, row.version);
    if (known) reports.set(row.id, known);
    else missing.push(row.id);
  }
  for (const chunk of chunks(missing, 1000)) {
    const read = await jsonRowsOf<[string, string, Report]>(db, sql`${eventReports.id}, ${rowVersion(eventReports)}, ${eventReports.payload}::json`, sql`${eventReports} where ${eventReports.id} = any(${textArray(chunk)})`);
    for (const [id, version, report] of read) reports.set(id, cache.remember(id, version, report));
  }
  // A row removed since it was listed is left out, as a read a moment later would have (the log still holds it).
  return rows.filter((row) => reports.has(row.id)).map(({ version: _version, ...row }) => ({ ...row, report: reports.get(row.id)! }));
}

/** Stored reports with any of these keys among their index keys, each read once with the keys it has of them. */
export async function reportsByKeys(reads: ReportReads, keys: number[]): Promise<{ reports: StoredReport[]; keysOf: Map<string, number[]> }> {
  const placed: Placed[] = [];
  const keysOf = new Map<string, number[]>();
  for (const chunk of chunks([...new Set(keys)], 5000)) {
    // The keys as an array the planner cannot see into: most of a write's keys find nothing (a day's, a month's,
    // a year's of each person), which it cannot know, and estimating thousands of keys one by one takes it longer
    // than the lookup. Seen through, it expected ten times the rows and scanned the reports table; blind, it looks
    // the few rows up by index (a batch of 100 articles at 2,500: 35–40 ms instead of 130–340 ms on PGlite).
    const sharing = sql`(select ${eventReportKeys.reportId} as report_id, array_agg(${eventReportKeys.key}) as keys from ${eventReportKeys}
      where ${eventReportKeys.key} = any(array(select unnest(${`{${chunk.join(',')}}`}::bigint[]))) group by 1) k join ${eventReports} on ${eventReports.id} = k.report_id`;
    const rows = await jsonRowsOf<[...PlacedArray, number[]]>(reads.db, sql`${placedValues}, k.keys`, sharing);
    // A report's keys are written with its row: its version stands for them too.
    reads.log.add(sql`select ${eventReports.id} as row_key, ${rowVersion(eventReports)} as row_version from ${sharing}`, rows.map(([key, version]) => ({ key, version })));
    for (const row of rows) {
      const shared = row[8];
      const known = keysOf.get(row[0]);
      if (known) known.push(...shared);
      else {
        keysOf.set(row[0], shared);
        placed.push(placedOf(row.slice(0, 8) as PlacedArray));
      }
    }
  }
  return { reports: await withReports(reads, placed), keysOf };
}

export async function reportsWhere(reads: ReportReads, column: 'id' | 'treeId' | 'articleId' | 'parentId', values: string[]): Promise<StoredReport[]> {
  const placed: Placed[] = [];
  for (const chunk of chunks([...new Set(values)])) {
    const where = sql`${eventReports[column]} = any(${textArray(chunk)})`;
    const rows = (await jsonRowsOf<PlacedArray>(reads.db, placedValues, sql`${eventReports} where ${where}`)).map(placedOf);
    reads.log.add(sql`select ${eventReports.id} as row_key, ${rowVersion(eventReports)} as row_version from ${eventReports} where ${where}`, rows.map((r) => ({ key: r.id, version: r.version })));
    placed.push(...rows);
  }
  return withReports(reads, placed);
}

/** Stores new reports with their keys, in one statement per table and chunk. */
export async function insertReports(db: Queryable, placements: ReportPlacement[]): Promise<void> {
  for (const chunk of chunks(placements, 2000)) {
    await insertRows(
      db,
      eventReports,
      chunk.map((p) => ({
        id: reportId(p.report), articleId: p.report.articleId, position: p.report.index, payload: JSON.stringify(p.report),
        rank: p.rank, dateStart: p.dateStart, dateEnd: p.dateEnd, parentId: p.parentId, treeId: p.treeId, eventId: p.eventId,
      })),
    );
  }
  const keyRows = placements.flatMap((p) => p.keys.map((key) => ({ key, reportId: reportId(p.report) })));
  for (const chunk of chunks(keyRows, 10_000)) await insertRows(db, eventReportKeys, chunk);
}

/** Moves stored reports to where the merge now puts them (only those that moved). */
export async function moveReports(db: Queryable, moves: Array<{ id: string; parentId: string | null; treeId: string; eventId: string }>): Promise<void> {
  for (const chunk of chunks(moves)) {
    const values = sql.join(chunk.map((m) => sql`(${m.id}, ${m.parentId}, ${m.treeId}, ${m.eventId})`), sql`, `);
    await db.execute(sql`
      update ${eventReports} set parent_id = v.parent_id, tree_id = v.tree_id, event_id = v.event_id
      from (values ${values}) as v(id, parent_id, tree_id, event_id)
      where ${eventReports.id} = v.id`);
  }
}

/** Renames events in the reports that make them. */
export async function renameReportEvents(db: Queryable, renames: Map<string, string>): Promise<void> {
  if (renames.size === 0) return;
  const values = sql.join([...renames].map(([from, to]) => sql`(${from}, ${to})`), sql`, `);
  await db.execute(sql`update ${eventReports} set event_id = v.to_id from (values ${values}) as v(from_id, to_id) where ${eventReports.eventId} = v.from_id`);
}

/** Stamps articles as analysed by this engine version. */
export async function stampAnalyses(db: Queryable, articleIds: string[], engineVersion: string): Promise<void> {
  for (const chunk of chunks(articleIds, 5000)) {
    await insertRows(db, articleAnalyses, chunk.map((articleId) => ({ articleId, engineVersion })), sql`on conflict (article_id) do update set engine_version = excluded.engine_version, analysed_at = now()`);
  }
}

/** How many articles an engine other than this one analysed, or none analysed ('generated' articles aside). */
export async function staleArticles(db: Queryable, engineVersion: string): Promise<{ stale: number; missing: number }> {
  const [row] = await db
    .select({
      stale: sql<number>`(count(*) filter (where ${articleAnalyses.engineVersion} not in (${engineVersion}, 'generated')))::int`,
      missing: sql<number>`(count(*) filter (where ${articleAnalyses.engineVersion} is null))::int`,
    })
    .from(articles)
    .leftJoin(articleAnalyses, eq(articleAnalyses.articleId, articles.id));
  return row ?? { stale: 0, missing: 0 };
}
