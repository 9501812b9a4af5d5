/** Re-runs the extraction engine over every stored article in one transaction, after the engine changes. */
import { openDatabase } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';
import { lockCorpus, rebuildEvents } from '@/lib/db/rebuild';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { runCli, UsageError } from './cli-args';

runCli(async () => {
  if (process.argv.length > 2) throw new UsageError(`Unexpected arguments: ${process.argv.slice(2).join(' ')}`);
  const handle = await openDatabase();
  try {
    const before = await countEvents(handle.db);
    const started = performance.now();
    const { events, setAside, retired } = await handle.db.transaction(async (tx) => {
      await lockCorpus(tx);
      return rebuildEvents(tx);
    });
    console.log(`Re-extracted: ${before} event(s) before, ${events.length} now [${((performance.now() - started) / 1000).toFixed(1)}s].`);
    for (const s of setAside) console.log(`  Note: ${setAsideMessage(s)}.`);
    if (retired.length) console.log(`  gone (their permalinks answer 410): ${retired.join(', ')}`);
  } finally {
    await handle.close();
  }
}, 'usage: npm run reextract');
