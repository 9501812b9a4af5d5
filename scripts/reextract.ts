/**
 * Re-analyses, with the engine as it is now, every stored article an older engine analysed, then switches to the
 * events they make in one transaction. The app may keep serving meanwhile (on PostgreSQL; PGlite is one process's).
 */
import { openDatabase } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';
import { reextractCorpus } from '@/lib/db/reextract';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { runCli, UsageError } from './cli-args';
import { ProgressBar } from './progress';

runCli(async () => {
  if (process.argv.length > 2) throw new UsageError(`Unexpected arguments: ${process.argv.slice(2).join(' ')}`);
  const handle = await openDatabase();
  try {
    const before = await countEvents(handle.db);
    const started = performance.now();
    const bar = new ProgressBar('analysing');
    const { events, setAside, retired, analysed } = await reextractCorpus(handle.db, { onProgress: (done, total) => bar.update(done, total) });
    bar.finish();
    console.log(`Re-extracted ${analysed} article(s): ${before} event(s) before, ${events.length} now [${((performance.now() - started) / 1000).toFixed(1)}s].`);
    for (const s of setAside) console.log(`  Note: ${setAsideMessage(s)}.`);
    if (retired.length) console.log(`  gone (their permalinks answer 410): ${retired.join(', ')}`);
  } finally {
    await handle.close();
  }
}, 'usage: npm run reextract');
