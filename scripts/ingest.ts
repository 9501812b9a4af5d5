/** Adds articles to the database: one text file with its metadata, or every entry of a manifest. */
import { readFile } from 'node:fs/promises';
import { openDatabase } from '@/lib/db/client';
import { ingestArticle } from '@/lib/db/ingest';
import { loadCorpusFromManifest } from '@/lib/db/seed';
import { isoToday } from '@/lib/domain/date-limits';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { validateSubmission } from '@/lib/ingest/validate';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = `usage: npm run ingest -- <file.txt> [--published YYYY-MM-DD|YYYY-MM] [--url URL] [--outlet NAME] [--title TITLE]
       npm run ingest -- --manifest <manifest.json>`;

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['manifest', 'published', 'url', 'outlet', 'title']);
  const manifest = flags.get('manifest');
  if (manifest ? positional.length > 0 : positional.length !== 1) throw new UsageError('Give one text file, or --manifest.');
  const handle = await openDatabase();
  try {
    if (manifest) {
      const result = await loadCorpusFromManifest(handle.db, manifest);
      console.log(`Added ${result.added.length} article(s) (${result.added.join(', ') || 'none'}); ${result.existing.length} already stored; ${result.events} event(s) in the database.`);
      return;
    }
    const file = positional[0]!;
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`Cannot read ${file}.`);
    });
    const submission = {
      text,
      ...(flags.has('published') && { published: flags.get('published') }),
      ...(flags.has('url') && { url: flags.get('url') }),
      ...(flags.has('outlet') && { outlet: flags.get('outlet') }),
      ...(flags.has('title') && { title: flags.get('title') }),
    };
    const checked = validateSubmission(submission, { today: isoToday() });
    if (!checked.ok) throw new UsageError(checked.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
    const result = await ingestArticle(handle.db, checked.value);
    console.log(result.created ? `Added article ${result.article.id} (${result.article.title}).` : `Already stored as article ${result.article.id}; nothing added.`);
    for (const s of result.setAside) console.log(`  Note: ${setAsideMessage(s)}.`);
    for (const event of result.events) {
      console.log(`  ${event.date ? `${event.date.start}${event.date.end !== event.date.start ? `..${event.date.end}` : ''} (${event.date.precision})` : 'undated'}  ${event.title.en}  [${event.id}]`);
    }
  } finally {
    await handle.close();
  }
}, USAGE);
