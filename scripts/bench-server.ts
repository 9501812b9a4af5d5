/** Starts the production build on the synthetic database for the benchmarks, creating that database when missing. */
import { existsSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const SYNTHETIC_DIR = path.join(process.cwd(), '.data', 'synthetic');

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function ensureSyntheticDatabase(events: number): void {
  if (existsSync(path.join(SYNTHETIC_DIR, 'PG_VERSION'))) return;
  console.log(`No synthetic database at ${SYNTHETIC_DIR}: creating one with ${events} events…`);
  const result = spawnSync('npx', ['tsx', 'scripts/seed-synthetic.ts', '--events', String(events)], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('seed:synthetic failed');
}

export async function startServer(port: number): Promise<ChildProcess> {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: SYNTHETIC_DIR, PORT: String(port) };
  delete env.DATABASE_URL;
  const server = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/timeline?from=2000-01-01&to=2000-01-31`);
      if (response.ok) return server;
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
