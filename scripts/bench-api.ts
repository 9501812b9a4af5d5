/**
 * Load on the window and events APIs of the production server with 100,000 synthetic events: requests/s and
 * latency percentiles per scenario. Every request in a run is one the server has not seen before (see
 * bench-api-requests.ts), so its read cache misses and the figures are those of the queries. Loopback only.
 *
 * BENCH_DATABASE_URL=postgres://… runs the same against a PostgreSQL server (seeded when it holds no events).
 */
import autocannon from 'autocannon';
import os from 'node:os';
import { SCENARIOS, type Scenario } from './bench-api-requests';
import { ensureSyntheticDatabase, percentile, startServer, stopServer } from './bench-server';

const PORT = 3211;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
/** One analyst at a time, then a busy team: PGlite runs one query at a time, so concurrency shows as queueing. */
const CONNECTION_COUNTS = [1, 8];

/** Runs one row; `next` hands out the scenario's requests in order across all connections and rows. */
async function run(scenario: Scenario, next: () => number, connections: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}`,
        connections,
        duration: DURATION_S,
        requests: [{ setupRequest: (request) => ({ ...request, path: scenario.path(next()) }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // autocannon reports p97.5 but not p95: keep every latency and compute the percentiles here.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.average, errors: result.errors + result.non2xx, latencies };
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL || null;
  await ensureSyntheticDatabase(100_000, databaseUrl);
  const server = await startServer(PORT, databaseUrl);
  try {
    const engine = databaseUrl ? 'PostgreSQL server' : 'PGlite';
    console.log(`bench:api — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${engine}, 100,000 synthetic events, ${DURATION_S}s per row`);
    console.log('Every request of a scenario asks for a different window or search, never repeated, so the read cache misses.');
    console.log('scenario'.padEnd(44), 'conns'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
    for (const scenario of SCENARIOS) {
      let i = 0;
      const next = () => {
        if (i >= scenario.distinct) throw new Error(`${scenario.name}: more than ${scenario.distinct} requests; the stream would repeat itself.`);
        return i++;
      };
      // One request the server has to plan and compile code for, before the timed rows; then the stream goes on.
      await fetch(`http://127.0.0.1:${PORT}${scenario.path(next())}`);
      for (const connections of CONNECTION_COUNTS) {
        const { rps, errors, latencies } = await run(scenario, next, connections);
        console.log(
          scenario.name.padEnd(44),
          String(connections).padStart(5),
          rps.toFixed(1).padStart(8),
          percentile(latencies, 50).toFixed(1).padStart(8),
          percentile(latencies, 95).toFixed(1).padStart(8),
          percentile(latencies, 99).toFixed(1).padStart(8),
          String(errors).padStart(7),
        );
      }
    }
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
