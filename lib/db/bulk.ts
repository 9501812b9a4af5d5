import type { BulkItem } from '@/lib/corpus/bulk';
import type { Queryable } from './client';
import { articleFromEntry, articleFromSubmission } from './ingest';
import { enqueueArticles, finishedJobs } from './jobs';

/** What a bulk run did, for its summary. */
export interface BulkSummary {
  added: number;
  /** Already stored (or twice in the input), with the stored article's id when known. */
  present: Array<{ origin: string; articleId: string | null }>;
  /** Refused before anything was stored: the entry failed its checks, or another text has its id. */
  refused: Array<{ origin: string; reason: string }>;
  queued: number;
}

/**
 * Reads a bulk input and queues what passes its checks under `runId`, a few hundred entries at a time (the input is
 * never held whole). Entries already stored or queued are not queued again, so a run that was interrupted resumes
 * by running it again.
 */
export async function enqueueBulk(db: Queryable, items: AsyncIterable<BulkItem>, runId: string, onRead?: (n: number) => void): Promise<BulkSummary> {
  const summary: BulkSummary = { added: 0, present: [], refused: [], queued: 0 };
  let chunk: Array<{ article: ReturnType<typeof articleFromSubmission>; origin: string }> = [];
  let read = 0;
  const flush = async () => {
    const result = await enqueueArticles(db, chunk, runId);
    summary.queued += result.queued;
    summary.present.push(...result.present);
    chunk = [];
  };
  for await (const item of items) {
    read++;
    if (item.kind === 'refused') summary.refused.push({ origin: item.origin, reason: item.reason });
    else chunk.push({ origin: item.origin, article: item.kind === 'manifest' ? articleFromEntry(item.entry) : articleFromSubmission(item.submission) });
    if (chunk.length >= 250) {
      await flush();
      onRead?.(read);
    }
  }
  await flush();
  onRead?.(read);
  return summary;
}

/** The summary once the run's jobs are finished: what the workers stored, found present or could not store. */
export async function finishSummary(db: Queryable, runId: string, read: BulkSummary): Promise<BulkSummary & { failed: Array<{ origin: string; reason: string }> }> {
  const finished = await finishedJobs(db, runId);
  return {
    ...read,
    added: finished.filter((j) => j.status === 'done' && j.outcome === 'added').length,
    present: [...read.present, ...finished.filter((j) => j.status === 'done' && j.outcome === 'present').map((j) => ({ origin: j.origin, articleId: j.articleId }))],
    failed: finished.filter((j) => j.status === 'failed').map((j) => ({ origin: j.origin, reason: j.error ?? 'unknown error' })),
  };
}
