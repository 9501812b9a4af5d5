/**
 * Load on the window API of the production server with 100,000 synthetic events: requests/s and latency
 * percentiles for a zoomed-out window, a one-year window and a filtered search. Loopback only, bounded in time.
 */
import autocannon from 'autocannon';
import os from 'node:os';
import { ensureSyntheticDatabase, percentile, startServer, stopServer } from './bench-server';

const PORT = 3211;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
/** One analyst at a time, then a busy team: PGlite runs one query at a time, so concurrency shows as queueing. */
const CONNECTION_COUNTS = [1, 8];

const SCENARIOS: Array<[string, string]> = [
  ['zoomed-out window (1960–2029, clusters)', '/api/timeline'],
  ['one-year window (2015)', '/api/timeline?from=2015-01-01&to=2015-12-31'],
  ['one-month window (Mar 2015)', '/api/timeline?from=2015-03-01&to=2015-03-31'],
  ['filtered search (q + type, first 100)', `/api/events?q=${encodeURIComponent('بيتروف')}&types=meeting&limit=100`],
];

async function run(path: string, connections: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `http://127.0.0.1:${PORT}${path}`, connections, duration: DURATION_S }, (error, done) => (error ? reject(error) : resolve(done)));
    // autocannon reports p97.5 but not p95: keep every latency and compute the percentiles here.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.average, errors: result.errors + result.non2xx, latencies };
}

async function main() {
  ensureSyntheticDatabase(100_000);
  const server = await startServer(PORT);
  try {
    console.log(`bench:api — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, PGlite, ${DURATION_S}s per row`);
    for (const [, path] of SCENARIOS) await fetch(`http://127.0.0.1:${PORT}${path}`); // warm-up
    console.log('scenario'.padEnd(44), 'conns'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
    for (const [name, path] of SCENARIOS) for (const connections of CONNECTION_COUNTS) {
      const { rps, errors, latencies } = await run(path, connections);
      console.log(
        name.padEnd(44),
        String(connections).padStart(5),
        rps.toFixed(1).padStart(8),
        percentile(latencies, 50).toFixed(1).padStart(8),
        percentile(latencies, 95).toFixed(1).padStart(8),
        percentile(latencies, 99).toFixed(1).padStart(8),
        String(errors).padStart(7),
      );
    }
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
