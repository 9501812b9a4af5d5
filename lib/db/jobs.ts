import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { SetAsideDate } from '@/lib/ingest/date-bounds';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import type { Database, Queryable } from './client';
import { articleIdsByHash, contentHash, type NewArticle } from './articles';
import { deferSearchIndex, settleSearchIndex } from './events';
import { storeArticles, type BatchEntry } from './ingest';
import { withRetries } from './retries';
import { ingestJobs } from './schema';
import { phase } from './write-phases';

export type JobRow = typeof ingestJobs.$inferSelect;

export interface EnqueueResult {
  /** Jobs now waiting for this run (new ones and ones an earlier run left queued). */
  queued: number;
  /** Entries whose text is stored already, or appears earlier in the same input. */
  present: Array<{ origin: string; articleId: string | null }>;
}

/**
 * Queues articles to be ingested. Idempotent: a text already stored is reported present, a text already queued
 * joins this run instead of being queued twice, so running the same input again resumes where it stopped.
 */
export async function enqueueArticles(db: Queryable, items: Array<{ article: NewArticle; origin: string }>, runId: string | null = null): Promise<EnqueueResult & { ids: number[] }> {
  const present: EnqueueResult['present'] = [];
  const byHash = new Map<string, { article: NewArticle; origin: string }>();
  for (const item of items) {
    const hash = contentHash(item.article.text);
    if (byHash.has(hash)) present.push({ origin: item.origin, articleId: null });
    else byHash.set(hash, item);
  }
  const stored = await articleIdsByHash(db, [...byHash.keys()]);
  for (const [hash, item] of byHash) {
    const id = stored.get(hash);
    if (id) {
      present.push({ origin: item.origin, articleId: id });
      byHash.delete(hash);
    }
  }
  const waiting = byHash.size
    ? await db.select({ id: ingestJobs.id, contentHash: ingestJobs.contentHash }).from(ingestJobs).where(and(eq(ingestJobs.status, 'queued'), inArray(ingestJobs.contentHash, [...byHash.keys()])))
    : [];
  const ids = waiting.map((w) => w.id);
  if (waiting.length && runId) await db.update(ingestJobs).set({ runId }).where(inArray(ingestJobs.id, ids));
  for (const w of waiting) byHash.delete(w.contentHash);
  const fresh = [...byHash.entries()];
  for (let i = 0; i < fresh.length; i += 200) {
    const rows = await db
      .insert(ingestJobs)
      .values(fresh.slice(i, i + 200).map(([hash, item]) => ({ contentHash: hash, article: item.article, origin: item.origin, runId })))
      .returning({ id: ingestJobs.id });
    ids.push(...rows.map((r) => r.id));
  }
  return { queued: ids.length, present, ids };
}

/** What a job's status URL shows of the result. */
export interface JobResult {
  eventIds: string[];
  warnings: string[];
}

/** The jobs to do next, taken for this transaction: the rows stay locked (others skip them) until it ends. */
async function claim(tx: Queryable, size: number): Promise<JobRow[]> {
  return tx.select().from(ingestJobs).where(eq(ingestJobs.status, 'queued')).orderBy(asc(ingestJobs.id)).limit(size).for('update', { skipLocked: true });
}

async function finishFailed(db: Database, job: JobRow, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await db
    .update(ingestJobs)
    .set({ status: 'failed', error: message.slice(0, 2000), article: null, finishedAt: sql`now()` })
    .where(and(eq(ingestJobs.id, job.id), eq(ingestJobs.status, 'queued')));
}

/**
 * Takes up to `size` queued jobs and stores their articles in one transaction that also marks them done (so a
 * worker that dies leaves its jobs queued). Returns how many it took; 0 when the queue is empty.
 */
async function runBatch(db: Database, size: number, claimed: JobRow[]): Promise<number> {
  return withRetries(() =>
    phase('transaction', () => db.transaction(async (tx) => {
      const jobs = await phase('queue', () => claim(tx, size));
      claimed.splice(0, claimed.length, ...jobs);
      if (jobs.length === 0) return 0;
      await deferSearchIndex(tx);
      const entries = await storeArticles(tx, db, jobs.map((job) => job.article as NewArticle));
      await phase('queue', () => finishJobs(tx, jobs, entries));
      return jobs.length;
    })),
  );
}

/** Marks a batch's jobs done (or failed, for an article another text holds the id of), with what became of each: one statement. */
async function finishJobs(tx: Queryable, jobs: JobRow[], entries: BatchEntry[]): Promise<void> {
  const finished = jobs.map((job, i) => {
    const entry = entries[i]!;
    if ('refused' in entry) return { id: job.id, status: 'failed', outcome: null, article_id: null, result: null, error: entry.refused };
    const result: JobResult = { eventIds: entry.events.map((e) => e.id), warnings: entry.setAside.map((s: SetAsideDate) => setAsideMessage(s)) };
    return { id: job.id, status: 'done', outcome: entry.created ? 'added' : 'present', article_id: entry.article.id, result, error: null };
  });
  if (finished.length === 0) return;
  await tx.execute(sql`
    update ${ingestJobs} set status = f.status, outcome = f.outcome, article_id = f.article_id, result = f.result, error = f.error, article = null, finished_at = now()
    from json_populate_recordset(null::${ingestJobs}, ${JSON.stringify(finished)}::json) as f
    where ${ingestJobs.id} = f.id`);
}

/**
 * A worker: takes queued jobs in batches until none is left; several workers (processes) may run at once on
 * PostgreSQL. A batch that fails is taken again one job at a time, so one bad article fails alone. Returns the
 * number of jobs it finished.
 */
export async function workQueue(db: Database, { batchSize = 100, onBatch }: { batchSize?: number; onBatch?: (done: number) => void } = {}): Promise<number> {
  let done = 0;
  let singly = 0;
  for (;;) {
    const size = singly > 0 ? 1 : batchSize;
    let taken: number;
    // The jobs the last attempt took: its transaction rolled back, so another worker may take them meanwhile.
    const claimed: JobRow[] = [];
    try {
      taken = await runBatch(db, size, claimed);
    } catch (error) {
      if (size > 1) {
        singly = batchSize;
        continue;
      }
      const [job] = claimed;
      if (!job) throw error;
      await finishFailed(db, job, error);
      taken = 1;
    }
    if (taken === 0) {
      if (done > 0) await phase('search index', () => settleSearchIndex(db));
      return done;
    }
    done += taken;
    singly = Math.max(0, singly - taken);
    onBatch?.(done);
    // PGlite answers without leaving the microtask queue: let timers and requests in this process have their turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function getJob(db: Queryable, id: number): Promise<JobRow | null> {
  const [row] = await db.select().from(ingestJobs).where(eq(ingestJobs.id, id)).limit(1);
  return row ?? null;
}

/** How many jobs wait before this one (0 when it is next or not queued). */
export async function jobsAhead(db: Queryable, id: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(ingestJobs).where(and(eq(ingestJobs.status, 'queued'), lt(ingestJobs.id, id)));
  return row?.n ?? 0;
}

export async function queuedJobs(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(ingestJobs).where(eq(ingestJobs.status, 'queued'));
  return row?.n ?? 0;
}

/** How many of a bulk run's jobs wait and how many are finished, for its progress line. */
export async function runCounts(db: Queryable, runId: string): Promise<{ waiting: number; finished: number }> {
  const [row] = await db
    .select({ waiting: sql<number>`(count(*) filter (where ${ingestJobs.status} = 'queued'))::int`, all: sql<number>`count(*)::int` })
    .from(ingestJobs)
    .where(eq(ingestJobs.runId, runId));
  return { waiting: row?.waiting ?? 0, finished: (row?.all ?? 0) - (row?.waiting ?? 0) };
}

/** The finished jobs of a bulk run, for its summary. */
export async function finishedJobs(db: Queryable, runId: string): Promise<Array<Pick<JobRow, 'status' | 'outcome' | 'origin' | 'articleId' | 'error'>>> {
  return db
    .select({ status: ingestJobs.status, outcome: ingestJobs.outcome, origin: ingestJobs.origin, articleId: ingestJobs.articleId, error: ingestJobs.error })
    .from(ingestJobs)
    .where(and(eq(ingestJobs.runId, runId), sql`${ingestJobs.status} <> 'queued'`));
}

/** Forgets finished jobs older than a week (their articles stay). */
export async function pruneJobs(db: Queryable): Promise<void> {
  await db.delete(ingestJobs).where(and(sql`${ingestJobs.status} <> 'queued'`, lt(ingestJobs.finishedAt, sql`now() - interval '7 days'`)));
}
