/** Brings the database up to date and loads the seed corpus; run before the server starts. */
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { loadCorpusFromManifest } from '@/lib/db/seed';

async function main() {
  const started = performance.now();
  const handle = await openDatabase();
  try {
    const manifest = path.join(process.cwd(), 'seeds', 'manifest.json');
    const result = await loadCorpusFromManifest(handle.db, manifest);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Database (${handle.kind}, ${handle.location}): ${result.added.length} article(s) added, ${result.existing.length} already stored, ${result.events} event(s) [${seconds}s]`,
    );
    console.log(`The app will be at http://localhost:${process.env.PORT ?? 3000}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
