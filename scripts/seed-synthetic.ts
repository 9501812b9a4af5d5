/**
 * Fills a separate database with synthetic articles and events for load tests and benchmarks: events written as the
 * generator made them (fast), or with --engine articles stored through the ingest path, their events made by the
 * engine and the merge as users' are (about 8 events an article).
 * usage: npm run seed:synthetic -- --events 100000 [--engine [--workers N]] [--database DIR|postgres://…]
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';
import { enqueueSyntheticArticles, storeSyntheticCorpus } from '@/lib/db/synthetic';
import { generateEngineCorpus } from '@/lib/synthetic/articles';
import { generateSyntheticCorpus } from '@/lib/synthetic/generate';
import { parseArgs, runCli, UsageError } from './cli-args';
import { workWithProgress } from './workers';

export const DEFAULT_SYNTHETIC_DIR = path.join(process.cwd(), '.data', 'synthetic');

const USAGE = 'usage: npm run seed:synthetic -- --events N [--engine [--workers N]] [--database DIR|postgres://…]   (default database: .data/synthetic)';

/** What the engine makes of a synthetic article of nine lines, a tenth of them retelling earlier events (measured). */
const EVENTS_PER_ENGINE_ARTICLE = 8;

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['events', 'database', 'seed', 'workers'], ['engine']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const count = Number(flags.get('events') ?? '100000');
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000) throw new UsageError('--events must be a whole number between 1 and 2,000,000.');
  const target = flags.get('database') ?? DEFAULT_SYNTHETIC_DIR;
  const isServer = /^postgres(ql)?:\/\//.test(target);
  if (!isServer && path.resolve(target) === path.resolve('.data', 'pglite')) throw new UsageError('Refusing to write synthetic data into the app\'s own database (.data/pglite).');
  if (isServer && target === process.env.DATABASE_URL) throw new UsageError('Refusing to write synthetic data into DATABASE_URL, the app\'s own database.');

  const workers = Number(flags.get('workers') ?? '1');
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new UsageError('--workers must be a whole number from 1 to 16.');
  if (workers > 1 && !isServer) throw new UsageError('--workers needs a PostgreSQL --database: PGlite is one process\'s database.');
  const seed = Number(flags.get('seed') ?? 20260101);
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const handle = await openDatabase(isServer ? { url: target } : { url: null, dataDir: target });
  try {
    if (flags.has('engine')) {
      const list = generateEngineCorpus({ articles: Math.ceil(count / EVENTS_PER_ENGINE_ARTICLE), seed });
      const runId = await enqueueSyntheticArticles(handle.db, list, handle.location);
      await workWithProgress(handle, runId, { workers, batch: 100, label: 'ingest ', databaseUrl: isServer ? target : undefined });
      console.log(`Ingested ${list.length} articles into ${await countEvents(handle.db)} events in ${seconds()}s`);
    } else {
      const corpus = generateSyntheticCorpus(count, seed);
      console.log(`Generated ${corpus.articles.length} articles and ${corpus.events.length} events in ${seconds()}s`);
      await handle.db.transaction((tx) => storeSyntheticCorpus(tx, corpus, handle.location));
    }
    // Statistics for the planner, and a visibility map so window queries read their covering indexes alone.
    await handle.db.execute(sql`vacuum analyze`);
    console.log(`Stored in ${handle.location} (${handle.kind}) in ${seconds()}s. Serve it with ${isServer ? 'DATABASE_URL' : 'PGLITE_DATA_DIR'}=${target} npm run serve`);
  } finally {
    await handle.close();
  }
}, USAGE);
