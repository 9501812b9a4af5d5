/**
 * The costliest requests anyone may send, against the production server with 100,000 synthetic events: each is
 * timed against its limit while one client keeps asking for event permalinks (a light request), whose latency
 * shows what everybody else sees meanwhile. Loopback only.
 *
 * BENCH_DATABASE_URL=postgres://… runs the same against a PostgreSQL server (seeded when it holds no events);
 * BENCH_ROWS=print runs only the rows whose name holds that word; BENCH_SECONDS sets each row's length (20 s).
 */
import os from 'node:os';
import { ensureSyntheticDatabase, percentile, startServer, stopServer } from './bench-server';

const PORT = 3214;
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
/** The synthetic corpus has 300 people, syn-person-0 … syn-person-299. */
const PEOPLE = 300;

interface Heavy {
  name: string;
  /** The request must answer within this, every time. */
  limitMs: number;
  path: (i: number) => string;
}

/** Fifty people (the most a list may hold), a different fifty each time so no cache answers. */
function fiftyPeople(i: number): string {
  return Array.from({ length: 50 }, (_, k) => `syn-person-${(i * 7 + k) % PEOPLE}`).join(',');
}

const HEAVY: Heavy[] = [
  { name: 'timeline, 50 participants', limitMs: 1000, path: (i) => `/api/timeline?participants=${fiftyPeople(i)}` },
  { name: 'timeline, 1,500 participants (refused)', limitMs: 250, path: (i) => `/api/timeline?participants=${Array.from({ length: 1500 }, (_, k) => `p${i}-${k}`).join(',')}` },
  { name: '/print, whole corpus (says too many)', limitMs: 1000, path: (i) => `/print?types=${['', 'visit', 'meeting', 'statement'][i % 4]}` },
  { name: '/print, 50 participants, one month', limitMs: 2000, path: (i) => `/print?participants=${fiftyPeople(i)}&from=${2000 + (i % 20)}-03-01&to=${2000 + (i % 20)}-03-31` },
];

async function timed(path: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${BASE}${path}`);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** Asks for event permalinks one after another until `until` resolves; their latencies, sorted. */
async function lightLoad(ids: string[], until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(() => (done = true));
  const latencies: number[] = [];
  for (let i = 0; !done; i++) latencies.push((await timed(`/api/events/${encodeURIComponent(ids[i % ids.length]!)}`)).ms);
  return latencies.sort((a, b) => a - b);
}

/** Sends one heavy request after another for the run's duration; their latencies and statuses. */
async function heavyLoad(heavy: Heavy): Promise<{ latencies: number[]; statuses: Set<number> }> {
  const latencies: number[] = [];
  const statuses = new Set<number>();
  const end = performance.now() + DURATION_MS;
  for (let i = 1; performance.now() < end; i++) {
    const { ms, status } = await timed(heavy.path(i));
    latencies.push(ms);
    statuses.add(status);
  }
  return { latencies: latencies.sort((a, b) => a - b), statuses };
}

const row = (cells: Array<string | number>) => console.log(cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 42 : 9)).join(' '));

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL || null;
  await ensureSyntheticDatabase(100_000, databaseUrl);
  const server = await startServer(PORT, databaseUrl);
  try {
    const listed = (await (await fetch(`${BASE}/api/events?limit=1000`)).json()) as { events: Array<{ id: string }> };
    const ids = listed.events.map((e) => e.id);
    for (const heavy of HEAVY) await timed(heavy.path(0));
    console.log(`bench:abuse — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${databaseUrl ? 'PostgreSQL server' : 'PGlite'}, 100,000 synthetic events, ${DURATION_MS / 1000}s per row`);
    console.log('Each row sends one heavy request after another (never the same twice) while one other client asks for event permalinks.');
    const alone = await lightLoad(ids, new Promise((resolve) => setTimeout(resolve, DURATION_MS / 2)));
    row(['light request alone (/api/events/:id)', '', '', '', '', '', `${percentile(alone, 50).toFixed(1)}`, `${percentile(alone, 95).toFixed(1)}`]);
    row(['heavy request', 'limit ms', 'sent', 'status', 'p50 ms', 'max ms', 'light p50', 'light p95']);
    let failed = false;
    for (const heavy of HEAVY.filter((h) => h.name.includes(process.env.BENCH_ROWS ?? ''))) {
      const running = heavyLoad(heavy);
      const [result, light] = await Promise.all([running, lightLoad(ids, running)]);
      const max = result.latencies.at(-1)!;
      const lightP95 = percentile(light, 95);
      row([heavy.name, heavy.limitMs, result.latencies.length, [...result.statuses].join('/'), percentile(result.latencies, 50).toFixed(1), max.toFixed(1), percentile(light, 50).toFixed(1), lightP95.toFixed(1)]);
      if (max > heavy.limitMs || lightP95 >= 100) failed = true;
    }
    console.log(failed ? 'NOT met: a heavy request over its limit, or the light p95 at 100 ms or more.' : 'Met: every heavy request under its limit, the light p95 under 100 ms.');
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
