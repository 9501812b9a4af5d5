/** Brings the database up to date and loads the seed corpus; run before the server starts. */
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { engineVersion } from '@/lib/db/engine-version';
import { rebuildEvents } from '@/lib/db/rebuild';
import { staleArticles } from '@/lib/db/report-rows';
import { loadCorpusFromManifest } from '@/lib/db/seed';
import { lockCorpus } from '@/lib/db/write-locks';

async function main() {
  const started = performance.now();
  const handle = await openDatabase();
  try {
    const { stale, missing } = await staleArticles(handle.db, engineVersion());
    if (missing > 0) {
      // A database from before analyses were kept: its events are derived once from every article, before serving.
      console.log(`Analysing the ${missing} stored article(s) once, so that later writes merge with their analyses…`);
      await handle.db.transaction(async (tx) => {
        await lockCorpus(tx);
        await rebuildEvents(tx);
      });
    }
    const manifest = path.join(process.cwd(), 'seeds', 'manifest.json');
    const result = await loadCorpusFromManifest(handle.db, manifest);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Database (${handle.kind}, ${handle.location}): ${result.added.length} article(s) added, ${result.existing.length} already stored, ${result.events} event(s) [${seconds}s]`,
    );
    if (stale > 0) console.log(`${stale} article(s) were analysed by an older engine: the server re-analyses them in the background and switches when done (or run npm run reextract).`);
    console.log(`The app will be at http://localhost:${process.env.PORT ?? 3000}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
