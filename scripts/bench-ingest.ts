/**
 * npm run bench:ingest [-- --articles 12500 --singles 40 --workers 2 --database DIR|postgres://…]: builds a corpus
 * of synthetic articles through the ingest path (queue, engine, merge), then adds articles one at a time as the API
 * does and, for comparison, re-derives the whole corpus once as every write did before incremental ingest. Prints the
 * figures side by side. The database is made for the run: a fresh PGlite folder (.data/bench-ingest by default), or
 * an empty PostgreSQL database (BENCH_DATABASE_URL or --database), where --workers processes share the bulk queue.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/lib/db/client';
import { toArticleInput } from '@/lib/db/articles';
import { countEvents } from '@/lib/db/events';
import { ingestArticles } from '@/lib/db/ingest';
import { rebuildEvents } from '@/lib/db/rebuild';
import { articles } from '@/lib/db/schema';
import { enqueueSyntheticArticles, syntheticArticle } from '@/lib/db/synthetic';
import { lockCorpus } from '@/lib/db/write-locks';
import { recordWritePhases, stopRecordingWritePhases } from '@/lib/db/write-phases';
import { articleReports } from '@/lib/extract';
import { generateEngineCorpus } from '@/lib/synthetic/articles';
import { parseArgs, runCli, UsageError } from './cli-args';
import { workWithProgress } from './workers';

const USAGE = 'usage: npm run bench:ingest -- [--articles 12500] [--singles 40] [--workers N] [--database DIR|postgres://…]';

function whole(flags: Map<string, string>, name: string, fallback: number, max: number): number {
  const value = Number(flags.get(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}.`);
  return value;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`);

/**
 * Where the time of a write went (write-phases.ts), per article in bulk and per single write; 'other' is what no
 * phase covers (the progress line, the event loop). With several worker processes the bulk phases are their sums,
 * so they add up to more than the time the bulk took.
 */
function printPhases(bulk: Map<string, number>, bulkMs: number, count: number, single: Map<string, number>, singleMs: number, singles: number, workers: number): void {
  const names = [...new Set([...bulk.keys(), ...single.keys()])].sort((a, b) => (single.get(b) ?? 0) + (bulk.get(b) ?? 0) - (single.get(a) ?? 0) - (bulk.get(a) ?? 0));
  const other = (phases: Map<string, number>, total: number) => total - [...phases.values()].reduce((a, b) => a + b, 0);
  const cell = (value: number, per: number) => `${(value / per).toFixed(2)} ms`;
  const rows: Array<[string, string, string]> = [['time by phase', workers > 1 ? `bulk, per article (${workers} workers' sum)` : 'bulk, per article', 'one article, per write']];
  for (const name of names) rows.push([name, cell(bulk.get(name) ?? 0, count), cell(single.get(name) ?? 0, singles)]);
  rows.push(['other', workers > 1 ? '' : cell(other(bulk, bulkMs), count), cell(other(single, singleMs), singles)]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log('');
  for (const row of rows) console.log(row.map((text, c) => (c === 0 ? text.padEnd(widths[c]!) : text.padStart(widths[c]!))).join('   ').trimEnd());
}

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['articles', 'singles', 'workers', 'database']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const count = whole(flags, 'articles', 12_500, 200_000);
  const singles = whole(flags, 'singles', 40, 10_000);
  const target = flags.get('database') ?? process.env.BENCH_DATABASE_URL ?? path.join(process.cwd(), '.data', 'bench-ingest');
  const isServer = /^postgres(ql)?:\/\//.test(target);
  const workers = whole(flags, 'workers', isServer ? 2 : 1, 16);
  if (workers > 1 && !isServer) throw new UsageError('--workers needs a PostgreSQL database: PGlite is one process\'s database.');
  if (isServer && target === process.env.DATABASE_URL) throw new UsageError('Refusing to benchmark in DATABASE_URL, the app\'s own database.');
  if (!isServer) await rm(target, { recursive: true, force: true });

  const handle = await openDatabase(isServer ? { url: target } : { url: null, dataDir: target });
  try {
    const [stored] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(articles);
    if ((stored?.n ?? 0) > 0) throw new UsageError(`${handle.location} holds ${stored!.n} article(s); give an empty database.`);
    // The held-back articles come from the same stream, so they retell the corpus's events as new coverage does.
    const all = generateEngineCorpus({ articles: count + singles, seed: 15 });
    const corpus = all.slice(0, count);
    const later = all.slice(count);

    // Other work on the machine slows every figure: the load averages at the start and the end go beside them.
    const loadAtStart = loadavg()[0]!;
    let peakRss = 0;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
    const bulkStarted = performance.now();
    const runId = await enqueueSyntheticArticles(handle.db, corpus, handle.location);
    const enqueuedMs = performance.now() - bulkStarted;
    const bulkPhases = recordWritePhases();
    // Worker processes write theirs into this folder when they finish (scripts/ingest.ts --worker).
    const phasesDir = await mkdtemp(path.join(tmpdir(), 'bench-ingest-phases-'));
    process.env.WRITE_PHASES_DIR = phasesDir;
    await workWithProgress(handle, runId, { workers, batch: 100, label: 'bulk   ', databaseUrl: isServer ? target : undefined });
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    let workerPeakRss = 0;
    for (const file of await readdir(phasesDir)) {
      const worker = JSON.parse(await readFile(path.join(phasesDir, file), 'utf8')) as { phases: Record<string, number>; maxRssBytes: number };
      for (const [name, ms] of Object.entries(worker.phases)) bulkPhases.set(name, (bulkPhases.get(name) ?? 0) + ms);
      workerPeakRss = Math.max(workerPeakRss, worker.maxRssBytes);
    }
    await rm(phasesDir, { recursive: true, force: true });
    bulkPhases.set('queue', (bulkPhases.get('queue') ?? 0) + enqueuedMs);
    clearInterval(sampler);
    const events = await countEvents(handle.db);
    await handle.db.execute(sql`analyze`);

    // The engine's code warmed up as in a server that has been running (the bulk may have run in other processes).
    articleReports(toArticleInput(syntheticArticle(later[0]!)));
    const singlePhases = recordWritePhases();
    const times: number[] = [];
    for (const article of later) {
      const started = performance.now();
      await ingestArticles(handle.db, [syntheticArticle(article)]);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    stopRecordingWritePhases();

    process.stderr.write('full rebuild (one run)…\n');
    const rebuildStarted = performance.now();
    await handle.db.transaction(async (tx) => {
      await lockCorpus(tx);
      await rebuildEvents(tx);
    });
    const rebuildMs = performance.now() - rebuildStarted;

    const where = `${handle.kind}${workers > 1 ? `, ${workers} worker processes` : ''}`;
    console.log(`\nbench:ingest — ${count.toLocaleString('en')} synthetic articles → ${events.toLocaleString('en')} events (${where}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end)`);
    const rows: Array<[string, string, string]> = [
      ['', 'incremental (now)', 'full rebuild (before)'],
      [`one article into the corpus, p50 (${singles} runs)`, ms(quantile(times, 0.5)), ms(rebuildMs)],
      ['one article into the corpus, p95', ms(quantile(times, 0.95)), '(one run)'],
      ['one article into the corpus, max', ms(times.at(-1)!), ''],
      [`bulk ingest of ${count.toLocaleString('en')} articles`, `${(count / bulkSeconds).toFixed(1)} articles/s (${bulkSeconds.toFixed(0)} s)`, ''],
      [`peak RSS of ${workers > 1 ? 'the enqueuing process' : 'the ingesting process'} during bulk`, `${Math.round(peakRss / 2 ** 20)} MB`, ''],
      ...(workers > 1 ? [['peak RSS of the largest worker process', `${Math.round(workerPeakRss / 2 ** 20)} MB`, ''] as [string, string, string]] : []),
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('   ').trimEnd());
    printPhases(bulkPhases, bulkSeconds * 1000, count, singlePhases, times.reduce((a, b) => a + b, 0), singles, workers);
  } finally {
    await handle.close();
  }
}, USAGE);
