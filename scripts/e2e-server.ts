/**
 * A server the browser tests run against: the production build on a fresh, throw-away PGlite database, loaded
 * with the seed corpus, or with `--synthetic N` synthetic events instead.
 * usage: tsx scripts/e2e-server.ts --port P [--synthetic N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, runCli, UsageError } from './cli-args';

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['port', 'synthetic']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const port = flags.get('port');
  if (!port || !/^\d+$/.test(port)) throw new UsageError('--port must be a port number.');
  const synthetic = flags.get('synthetic');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'timeline-e2e-'));
  // The browser tests post far more from one address than anyone would: the limits are tested on their own.
  const env: NodeJS.ProcessEnv = { WRITE_RATE_LIMIT: '10000/60', PREVIEW_RATE_LIMIT: '10000/60', ...process.env, PGLITE_DATA_DIR: dataDir, PORT: port };
  delete env.DATABASE_URL;
  const load = synthetic ? ['scripts/seed-synthetic.ts', '--events', synthetic, '--database', dataDir] : ['scripts/prepare-db.ts'];
  const loaded = spawnSync('npx', ['tsx', ...load], { stdio: 'inherit', env });
  if (loaded.status !== 0) process.exit(loaded.status ?? 1);

  // The server itself, not a chain of npx and tsx: its exit is the moment its database folder can go.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', port], { stdio: 'inherit', env });
  let stopping = false;
  const stop = () => {
    stopping = true;
    server.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(stopping ? 0 : (code ?? 1));
  });
}, 'usage: tsx scripts/e2e-server.ts --port P [--synthetic N]');
