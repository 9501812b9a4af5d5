import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DatabaseHandle } from '@/lib/db/client';
import { runCounts, workQueue } from '@/lib/db/jobs';
import { ProgressBar } from './progress';

/**
 * Ingest worker processes on one PostgreSQL database (scripts/ingest.ts --worker), each taking jobs until the queue
 * is empty; `env` names the database. Resolves when all have finished, rejects when one fails.
 */
function runWorkerProcesses(n: number, batch: number, env: NodeJS.ProcessEnv): Promise<void[]> {
  return Promise.all(
    Array.from({ length: n }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'ingest.ts'), '--worker', '--batch', String(batch), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`an ingest worker stopped with exit code ${code}`)))));
    }),
  );
}

export interface WorkOptions {
  /** Worker processes (PostgreSQL only); 1 works the queue in this process. */
  workers: number;
  batch: number;
  label: string;
  /** The server the worker processes connect to: DATABASE_URL unless given. */
  databaseUrl?: string;
}

/**
 * Works the queue until it is empty, with a progress line counting the jobs of run `runId`: in this process, or in
 * `workers` processes on the handle's PostgreSQL server.
 */
export async function workWithProgress(handle: DatabaseHandle, runId: string, { workers, batch, label, databaseUrl = process.env.DATABASE_URL }: WorkOptions): Promise<void> {
  const bar = new ProgressBar(label);
  const show = async () => {
    const { waiting, finished } = await runCounts(handle.db, runId);
    bar.update(finished, waiting + finished);
  };
  const timer = setInterval(() => void show().catch(() => undefined), 500);
  try {
    if (workers > 1) {
      if (handle.kind !== 'postgres' || !databaseUrl) throw new Error('Several workers need a PostgreSQL server: PGlite is one process\'s database.');
      await runWorkerProcesses(workers, batch, { ...process.env, DATABASE_URL: databaseUrl });
    } else await workQueue(handle.db, { batchSize: batch });
  } finally {
    clearInterval(timer);
  }
  await show();
  bar.finish();
}
