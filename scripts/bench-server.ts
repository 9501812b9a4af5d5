/** Starts the production build on the synthetic database for the benchmarks, creating that database when missing. */
import { existsSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';

export const SYNTHETIC_DIR = path.join(process.cwd(), '.data', 'synthetic');

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Seeds the synthetic PGlite folder, or the PostgreSQL database at `url`, unless it already holds events. */
export async function ensureSyntheticDatabase(events: number, url: string | null = null): Promise<void> {
  if (url) {
    const handle = await openDatabase({ url });
    const stored = await countEvents(handle.db).finally(() => handle.close());
    if (stored > 0) return;
  } else if (existsSync(path.join(SYNTHETIC_DIR, 'PG_VERSION'))) return;
  console.log(`No synthetic events in ${url ? 'the PostgreSQL database' : SYNTHETIC_DIR}: creating ${events}…`);
  const result = spawnSync('npx', ['tsx', 'scripts/seed-synthetic.ts', '--events', String(events), ...(url ? ['--database', url] : [])], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('seed:synthetic failed');
}

/** The production server (scripts/server.ts) on the synthetic PGlite folder, or on the PostgreSQL database at `url`. */
export async function startServer(port: number, url: string | null = null): Promise<ChildProcess> {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  if (url) env.DATABASE_URL = url;
  else {
    env.PGLITE_DATA_DIR = SYNTHETIC_DIR;
    delete env.DATABASE_URL;
  }
  const server = spawn('npx', ['tsx', 'scripts/server.ts', '--port', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      // Opens the database (and compiles the route) without touching a window the benchmarks ask for.
      const response = await fetch(`http://127.0.0.1:${port}/api/events/no-such-event`);
      if (response.status === 404) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error('The server did not start within 60 s.');
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
