/**
 * Adds articles to the database: one text file with its metadata, or in bulk a manifest, a folder of texts or JSON
 * Lines, through the ingest queue (lib/db/jobs.ts) with a progress line and a summary. Running the same bulk command
 * again after an interruption resumes it. On PostgreSQL `--workers N` runs N worker processes; `--worker` joins the
 * queue from another terminal or machine.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readBulk } from '@/lib/corpus/bulk';
import { enqueueBulk, finishSummary } from '@/lib/db/bulk';
import { openDatabase, type DatabaseHandle } from '@/lib/db/client';
import { countEvents } from '@/lib/db/events';
import { ingestArticle } from '@/lib/db/ingest';
import { pruneJobs, workQueue } from '@/lib/db/jobs';
import { recordWritePhases } from '@/lib/db/write-phases';
import { isoToday } from '@/lib/domain/date-limits';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { validateSubmission } from '@/lib/ingest/validate';
import { parseArgs, runCli, UsageError } from './cli-args';
import { ProgressBar } from './progress';
import { workWithProgress } from './workers';

const USAGE = `usage: npm run ingest -- <file.txt> [--published YYYY-MM-DD|YYYY-MM] [--url URL] [--outlet NAME] [--title TITLE]
       npm run ingest -- <manifest.json | folder of .txt | file.jsonl>… [--workers N] [--batch N]
       npm run ingest -- --worker [--batch N]          (PostgreSQL: take jobs from the queue until it is empty)`;

async function single(handle: DatabaseHandle, file: string, flags: Map<string, string>): Promise<void> {
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
}

async function bulk(handle: DatabaseHandle, inputs: string[], workers: number, batch: number): Promise<void> {
  const runId = randomUUID();
  const reading = new ProgressBar('reading');
  const read = await enqueueBulk(handle.db, readBulk(inputs), runId, (n) => reading.update(n, n));
  reading.finish();
  await workWithProgress(handle, runId, { workers, batch, label: 'ingest ' });
  const summary = await finishSummary(handle.db, runId, read);
  await pruneJobs(handle.db);
  console.log(`Added ${summary.added} article(s); ${summary.present.length} already present; ${summary.refused.length} refused; ${summary.failed.length} failed. ${await countEvents(handle.db)} event(s) stored.`);
  for (const r of summary.refused) console.log(`  refused  ${r.origin}: ${r.reason}`);
  for (const f of summary.failed) console.log(`  failed   ${f.origin}: ${f.reason}`);
  if (summary.failed.length) process.exitCode = 1;
}

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['manifest', 'published', 'url', 'outlet', 'title', 'workers', 'batch'], ['worker', 'quiet']);
  const batch = Number(flags.get('batch') ?? '100');
  const workers = Number(flags.get('workers') ?? '1');
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000) throw new UsageError('--batch must be a whole number from 1 to 1000.');
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new UsageError('--workers must be a whole number from 1 to 16.');
  const inputs = [...positional, ...(flags.has('manifest') ? [flags.get('manifest')!] : [])];
  const handle = await openDatabase();
  try {
    if (flags.has('worker')) {
      // npm run bench:ingest asks its worker processes where their time went (lib/db/write-phases.ts) and their peak memory.
      const phasesDir = process.env.WRITE_PHASES_DIR;
      const phases = phasesDir ? recordWritePhases() : null;
      const done = await workQueue(handle.db, { batchSize: batch });
      if (phasesDir && phases) await writeFile(path.join(phasesDir, `${process.pid}.json`), JSON.stringify({ phases: Object.fromEntries(phases), maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
      if (!flags.has('quiet')) console.log(`Finished ${done} job(s); the queue is empty.`);
      return;
    }
    if (workers > 1 && handle.kind !== 'postgres') throw new UsageError('--workers needs a PostgreSQL server (DATABASE_URL): PGlite is one process\'s database.');
    if (inputs.length === 0) throw new UsageError('Give a text file, a manifest, a folder or a JSON Lines file.');
    const only = inputs.length === 1 ? await stat(inputs[0]!).catch(() => null) : null;
    if (only?.isFile() && inputs[0]!.endsWith('.txt')) return await single(handle, inputs[0]!, flags);
    if (['published', 'url', 'outlet', 'title'].some((f) => flags.has(f))) throw new UsageError('--published, --url, --outlet and --title describe one text file; bulk inputs carry their own fields.');
    await bulk(handle, inputs, workers, batch);
  } finally {
    await handle.close();
  }
}, USAGE);
