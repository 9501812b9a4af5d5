/**
 * What a bulk ingest reads (I/O here; checks in manifest.ts and lib/ingest/validate.ts): a manifest (.json), a
 * folder of texts (*.txt, each with an optional <name>.json beside it holding the API's fields), or JSON Lines
 * (.jsonl, one submission per line as the API takes it). Read one entry at a time, so memory does not grow with
 * the input; an entry that fails its checks is refused with the reason, the others go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isoToday } from '../domain/date-limits';
import { validateSubmission, type ArticleSubmission } from '../ingest/validate';
import { corpusEntry, type CorpusEntry } from './load';
import { manifestEntries, parseManifestEntry } from './manifest';

export type BulkItem =
  | { origin: string; kind: 'submission'; submission: ArticleSubmission }
  | { origin: string; kind: 'manifest'; entry: CorpusEntry }
  | { origin: string; kind: 'refused'; reason: string };

function checked(origin: string, raw: unknown, today: string): BulkItem {
  const result = validateSubmission(raw, { today });
  if (result.ok) return { origin, kind: 'submission', submission: result.value };
  return { origin, kind: 'refused', reason: result.errors.map((e) => e.message).join('; ') };
}

async function* fromManifest(file: string, today: string): AsyncGenerator<BulkItem> {
  let list: unknown[];
  try {
    list = manifestEntries(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    yield { origin: file, kind: 'refused', reason: `not a manifest: ${(error as Error).message}` };
    return;
  }
  const files = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const origin = `${file} entry ${i}`;
    try {
      const entry = parseManifestEntry(raw, i, today);
      if (files.has(entry.file)) throw new Error(`duplicate file "${entry.file}"`);
      files.add(entry.file);
      const text = await readFile(path.join(path.dirname(file), entry.file), 'utf8').catch(() => {
        throw new Error(`article file missing: ${entry.file}`);
      });
      yield { origin, kind: 'manifest', entry: corpusEntry(entry, text) };
    } catch (error) {
      yield { origin, kind: 'refused', reason: (error as Error).message };
    }
  }
}

async function* fromFolder(dir: string, today: string): AsyncGenerator<BulkItem> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) {
    const origin = path.join(dir, name);
    const sidecar = path.join(dir, `${name.slice(0, -4)}.json`);
    let fields: unknown = {};
    try {
      fields = JSON.parse(await readFile(sidecar, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        yield { origin, kind: 'refused', reason: `${sidecar} is not valid JSON` };
        continue;
      }
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      yield { origin, kind: 'refused', reason: `${sidecar} must hold an object of the API's fields` };
      continue;
    }
    yield checked(origin, { ...fields, text: await readFile(origin, 'utf8') }, today);
  }
}

async function* fromLines(file: string, today: string): AsyncGenerator<BulkItem> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const origin = `${file} line ${n}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      yield { origin, kind: 'refused', reason: 'not valid JSON' };
      continue;
    }
    yield checked(origin, raw, today);
  }
}

/** Every entry of the inputs, in order. */
export async function* readBulk(inputs: string[], today = isoToday()): AsyncGenerator<BulkItem> {
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) yield { origin: input, kind: 'refused', reason: 'no such file or folder' };
    else if (info.isDirectory()) yield* fromFolder(input, today);
    else if (/\.(jsonl|ndjson)$/i.test(input)) yield* fromLines(input, today);
    else if (/\.json$/i.test(input)) yield* fromManifest(input, today);
    else yield { origin: input, kind: 'refused', reason: 'expected a manifest (.json), a folder of .txt files or JSON Lines (.jsonl)' };
  }
}
