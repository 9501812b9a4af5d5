import 'server-only';
import type { Database } from '@/lib/db/client';
import { queuedJobs, workQueue } from '@/lib/db/jobs';

/**
 * Above this many bytes of text, a submission is queued rather than stored within the request: the engine's time
 * grows with the text (a 1 MB article takes seconds), and a request should not hold a connection that long.
 */
export const QUEUED_TEXT_BYTES = 100_000;

/** Whether a submission should wait its turn: its text is large, or other submissions are waiting already. */
export async function shouldQueue(db: Database, text: string): Promise<boolean> {
  return Buffer.byteLength(text, 'utf8') > QUEUED_TEXT_BYTES || (await queuedJobs(db)) > 0;
}

const slot = globalThis as unknown as { ingestDrain?: { running: Promise<void>; again: boolean } };

/**
 * Works the queue in this process until it is empty (several may do so at once on PostgreSQL: `npm run ingest --
 * --worker`). One drain per process; a call while it runs makes it look once more before it stops, so a job queued
 * just as it finished is not left waiting.
 */
export function drainQueue(db: Database): Promise<void> {
  if (slot.ingestDrain) {
    slot.ingestDrain.again = true;
    return slot.ingestDrain.running;
  }
  const drain = { again: false, running: Promise.resolve() };
  drain.running = (async () => {
    try {
      do {
        drain.again = false;
        await workQueue(db);
      } while (drain.again);
    } catch (error) {
      // The jobs stay queued; the next submission, or a worker, takes them up.
      console.error('ingest queue:', error);
    } finally {
      slot.ingestDrain = undefined;
    }
  })();
  slot.ingestDrain = drain;
  return drain.running;
}

/** Resolves once this process's drain, if any, has stopped (tests close the database after it). */
export function queueDrained(): Promise<void> {
  return slot.ingestDrain?.running ?? Promise.resolve();
}
