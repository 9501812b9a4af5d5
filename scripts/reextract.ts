/** Re-runs the extraction engine over every stored article in one transaction, after the engine changes. */
import { openDatabase } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';
import { lockCorpus, rebuildEvents } from '@/lib/db/rebuild';
import { runCli, UsageError } from './cli-args';

runCli(async () => {
  if (process.argv.length > 2) throw new UsageError(`Unexpected arguments: ${process.argv.slice(2).join(' ')}`);
  const handle = await openDatabase();
  try {
    const before = await countEvents(handle.db);
    const started = performance.now();
    const events = await handle.db.transaction(async (tx) => {
      await lockCorpus(tx);
      return rebuildEvents(tx);
    });
    console.log(`Re-extracted: ${before} event(s) before, ${events.length} now [${((performance.now() - started) / 1000).toFixed(1)}s].`);
  } finally {
    await handle.close();
  }
}, 'usage: npm run reextract');
