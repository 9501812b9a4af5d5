/** The server the browser tests run against: the production build on a fresh, seeded, throw-away PGlite database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'timeline-e2e-'));
const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir };
delete env.DATABASE_URL;

const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { stdio: 'inherit', env });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const port = process.env.E2E_PORT ?? '3100';
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
const cleanUp = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', () => { cleanUp(); process.exit(0); });
process.on('SIGINT', () => { cleanUp(); process.exit(0); });
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
