/**
 * Fills a separate database with synthetic articles and events for load tests and benchmarks.
 * usage: npm run seed:synthetic -- --events 100000 [--database DIR|postgres://…]
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/lib/db/client';
import { storeSyntheticCorpus } from '@/lib/db/synthetic';
import { generateSyntheticCorpus } from '@/lib/synthetic/generate';
import { parseArgs, runCli, UsageError } from './cli-args';

export const DEFAULT_SYNTHETIC_DIR = path.join(process.cwd(), '.data', 'synthetic');

const USAGE = 'usage: npm run seed:synthetic -- --events N [--database DIR|postgres://…]   (default database: .data/synthetic)';

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['events', 'database', 'seed']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const count = Number(flags.get('events') ?? '100000');
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000) throw new UsageError('--events must be a whole number between 1 and 2,000,000.');
  const target = flags.get('database') ?? DEFAULT_SYNTHETIC_DIR;
  const isServer = /^postgres(ql)?:\/\//.test(target);
  if (!isServer && path.resolve(target) === path.resolve('.data', 'pglite')) throw new UsageError('Refusing to write synthetic data into the app\'s own database (.data/pglite).');
  if (isServer && target === process.env.DATABASE_URL) throw new UsageError('Refusing to write synthetic data into DATABASE_URL, the app\'s own database.');

  const started = performance.now();
  const corpus = generateSyntheticCorpus(count, Number(flags.get('seed') ?? 20260101));
  console.log(`Generated ${corpus.articles.length} articles and ${corpus.events.length} events in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  const handle = await openDatabase(isServer ? { url: target } : { url: null, dataDir: target });
  try {
    await handle.db.transaction((tx) => storeSyntheticCorpus(tx, corpus, handle.location));
    // Statistics for the planner, and a visibility map so window queries read their covering indexes alone.
    await handle.db.execute(sql`vacuum analyze`);
    console.log(`Stored in ${handle.location} (${handle.kind}) in ${((performance.now() - started) / 1000).toFixed(1)}s. Serve it with ${isServer ? 'DATABASE_URL' : 'PGLITE_DATA_DIR'}=${target} npm run serve`);
  } finally {
    await handle.close();
  }
}, USAGE);
